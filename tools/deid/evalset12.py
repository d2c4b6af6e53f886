"""Twelfth independent de-identification evaluation set (eval12): telehealth video-visit chat
transcripts with speaker labels and clock times, SMS verification-code and check-in bots with the
patient's replies (one-time codes and short codes that are not PHI, ZIP codes asked for
verification), pharmacy and veterinary mix-ups where a pet's prescription lands in the owner's bag
(pet names, the owner's surname on the pet's label), meal-train and visit sign-up sheets from a
temple, mosque or church for an elder over 90, letters to a long-term-care ombudsman (Medicaid and
Medicare numbers, fax, aide certificate numbers), smart-speaker voice histories (all lower case),
hospital lost-and-found inquiries (hearing-aid, CPAP and glucose-reader serials, phone IMEIs),
research-study stipend questions (subject IDs, payment-card numbers, SSNs for tax forms),
mail-order pharmacy shipping threads (tracking and order numbers, member IDs), funeral-home release
requests to a decedent-affairs office (date of death, ages over 90, medical-examiner case, funeral
director licence, removal-vehicle plate and VIN), travel-insurance claims after an illness in
Odisha or the Arab world (policy and passport numbers, hospitals and phones abroad), requests for a
landlord's accommodation or support-animal letter, school concussion return-to-play e-mails with a
quoted athletic trainer's reply, medical-ID bracelet engraving proofs and neighbourhood group
chats about an elderly neighbour (`messages`); and diabetic foot examinations, modified barium
swallow studies, allergen-immunotherapy injection records with a vial table, hyperbaric oxygen
treatment logs, cardiac-rehabilitation flowsheets, epidural steroid injection notes, aviation
medical examinations (pilot certificate and examiner numbers), neuropsychological evaluations,
lactation consultations (mother and "Baby Girl <surname>"), prosthetic delivery notes (knee and
foot serials), vestibular evaluations, poison-center case records, newborn-screening specimen
reports, nerve-conduction / EMG reports and ventilator flowsheets (`clinical`; 150-1,500
characters). Each genre occurs equally often (twenty rows per genre in `messages`, eight in
`clinical`, in turn); some clinical documents carry registration, care-team, addendum, portal or
printed-by sections, and a few rows of each family are all capitals or all lower case.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset11.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstring of
`tools/deid/evalset11.py` (nothing below it), `tools/deid/faker_tables.py`,
`medcode/deid/types.py` and `datasets/deid/README.md` (plus Faker's own locale sources for the
tables and their credits); none of the de-identifier's rules, lexicons, keep lists or models, none
of the other generators' templates and none of their sets. The de-identifier was never run on this
text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: names and organisation-name words come only from Faker locales that no other project
list, set, corpus or eval3-eval11 uses (tests/deid/test_evalset_generators.py checks it): or_IN
(Odia given names, men's and women's middle names and surnames) and ar_AA (Arabic given names and
surnames); surnames of both also make organisation names. No unused locale has a town table of its
own, so ``CITY_LOCALES`` is empty and towns come from short hand-written lists (US towns with state,
ZIP prefix and area code; Odisha towns; towns in Jordan, Palestine, Saudi Arabia, Lebanon and
Egypt). Faker writes both locales in their own scripts and ships no romanization, so this module
romanizes them with hand-written tables only (``OR_GIVEN_F`` ... ``AA_SURNAMES``): Odia names in
the customary English spellings of Odisha papers with variants ("Subhashree" / "Shubhashree",
"Mohanty" / "Mahanti", "Pattnaik" / "Patnaik", "Krushna Chandra" / "Krushnachandra"), Arabic names
in the spellings a registrar meets on Levantine, Gulf and Egyptian papers with variants
("Mohammed" / "Muhammad" / "Mohamed", "Abdulrahman" / "Abdel Rahman", "Najjar" / "Al-Najjar",
"Abu Eid" / "Abueid", "Hijazi" / "Hegazy"). Table entries not in the hand-written tables are not
used (``romanization_problems()`` checks every key is an entry of its Faker table;
``provenance_problems()`` that each table is the locale's own). Numbers, dates, codes and
identifiers come from this module's own seeded ``random.Random``; no Faker randomness is used, so a
seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written (patients, relatives, clinicians, coaches, volunteers,
neighbours, agents, funeral directors): "Given Surname", "Given Middle Surname" (Odia middle names,
"Bipin Kishore Samanta"), "Surname, Given", "Surname, Given M.", "SURNAME, GIVEN", all capitals,
all lower case, a given name or a surname alone, "K. Mahakud", "Binodini D.", initials in a table
or footer ("SR"), and a family name used alone ("the Saidawi family", "Baby Girl Kalouti": the
surname only). Particles belong to the name ("Al-Najjar", "Abu Eid", "Nour El Din", "Singh Deo").
Titles, honorifics and credentials stay outside the span ("Dr. ", "Mr. ", "Mrs. ", "Ms. ",
"Shri ", "Smt. ", "Sushri ", "Haj ", "Hajja ", "Sheikh ", "Coach ", "Baby Girl ", ", MD", ", DPM",
", CCC-SLP", ", CHT", ", RCEP", ", IBCLC", ", CPO", ", PT, DPT", ", AuD", ", PhD, ABPP",
", CSPI", ", ATC", ", CRC", ", RPh", ", DVM"), so do words for relatives used instead of a name
("Aai", "Bou", "Jeje", "Bapa", "Teta", "Jiddo", "Mama", "Baba"). A pet's name is not PHI ("Biscuit",
"Mango"); the owner's surname on the pet's pharmacy label is ("BISCUIT NAJJAR": "NAJJAR"). An
e-mail address is EMAIL even when it holds a name. DATE is every date element more specific than a
year, one span with its year if it has one and with a weekday written next to it: "03/14/2025",
"3/14/25", "2025-03-14", "14-Mar-2025", "03JUN25", "Mar 14, 2025", "March 14, 2025",
"14 March 2025", "14 Mar 2025", "14/03/2025" and "14.03.2025" (day first, in claims about care
abroad), "3/14", "Mar 14", "March 14", "March 14th", "Fri 3/14", "Friday, March 14",
"Fri 03/14/2025", and a month with its year ("March 2025"). A bare year, clock times, durations,
day of life, gestational age and session, treatment, visit, room, bed and chamber numbers are not
PHI. AGE is PHI only when 90 or more: the number alone or the spelled number ("93", "ninety-one",
"one hundred and two"), never "y/o", "yrs" or the sex letter ("(97F)": "97"); younger ages stay in
the text unannotated. LOCATION is a town or city (US, Odisha or Arab), also as a birthplace or a
destination; states and countries are not PHI; a town inside an organisation's name is part of the
FACILITY span. ADDRESS is the street line with its unit ("6295 Windmill Pl #14",
"5676 Sandhill Lane, Apt 8B", "1853 Quail Run Pl Unit 287") or a PO Box. ZIP is a US ZIP, with its
+4 when written. PHONE and FAX spans include "+1", "1-", "+91", "+962", "+966", "+970", "+961",
"+20" and an extension; a number labelled fax is FAX. SMS short codes and one-time verification
codes are not PHI. EMAIL, URL (with "https://", "http://" or "www.") and IP (IPv4 or IPv6) are
whole tokens. SSN in any of its shapes. MRN is a medical-record number however labelled ("MRN",
"Record #", "Patient ID", "chart #"): digits, its last a Luhn check digit, sometimes a hyphen after
the first two. ACCOUNT is a billing, guarantor, HAR, customer or reimbursement account, or a
stipend payment-card number (16 digits, Luhn). HEALTH_PLAN is a member, Medicaid or Medicare
(MBI) number or a travel-insurance policy number. LICENSE is a driver's licence, a nursing-aide,
athletic-trainer or funeral-director licence, a pilot certificate or aviation medical examiner
number, or a DEA registration (its check digit right). VEHICLE is a plate or a VIN (its check digit
right). DEVICE is the serial number of a device a patient uses or carries (hearing aid, CPAP,
insulin pump, glucose reader, pacemaker, prosthetic knee or foot, breast pump, ventilator, smart
speaker) or a phone's IMEI (Luhn). ID is every other identifying number: Rx, order, tracking,
claim, reference, visit, resident, student and subject IDs, accession, prior-authorization,
medical-examiner and poison-center case numbers, MedXPress confirmations, newborn-screening kit
numbers, lost-and-found claim tickets and passport numbers. FACILITY is every organisation named
(hospitals, clinics, pharmacies, nursing homes, funeral homes, schools, property managers,
temples, mosques and churches, research institutes, hospitals abroad), one span even when a town is
part of the name. Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``): drugs with their doses as
written (drug); ICD-10, CPT and HCPCS codes, NCT numbers, extract lot numbers and test acronyms
("MoCA", "PHQ-9", "SCAT5") (code); device makers (maker); model names ("C-Leg 4", "Hamilton C6")
(model); insurers, travel and pet insurers included (insurer); eponyms and named tests, the name
only ("Semmes-Weinstein", "Dix-Hallpike", "Tinel", "Boston Naming Test", "Lawton", "Norton")
(eponym) and departments (department). No keep term ever occurs inside a PHI span (a term that does
in some row is left out of that row's list). Look-alikes left in the text on purpose: surnames that
are English words ("Swain", "Rout", "Ray", "Dash", "Guru"), a given name that is a city
("Bhubaneswar"), towns that are surnames ("Jackson", "Florence", "Monroe", "Mansfield", "Lawton",
which is also a kept eponym) and numbers that are not PHI (short codes, verification codes, lot
numbers, ages under 90).

    python -m tools.deid.evalset12 --family messages --n 300 --seed 2401 --out datasets/deid/eval12_messages.jsonl
    python -m tools.deid.evalset12 --family clinical --n 120 --seed 2402 --out datasets/deid/eval12_clinical.jsonl

Seeds 2501 / 2502 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
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
LOCALES = ("or_IN", "ar_AA")
NAME_LOCALES = ("or_IN", "ar_AA")
CITY_LOCALES: tuple[str, ...] = ()  # neither locale has a town table of its own; towns are hand-written
ORG_LOCALES = ("or_IN", "ar_AA")  # surnames also make organisation names
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "or_IN": (
        ("faker.providers.person.or_IN", "first_names_female"),
        ("faker.providers.person.or_IN", "first_names_male"),
        ("faker.providers.person.or_IN", "middle_names"),
        ("faker.providers.person.or_IN", "last_names"),
    ),
    "ar_AA": (
        ("faker.providers.person.ar_AA", "first_names_female"),
        ("faker.providers.person.ar_AA", "first_names_male"),
        ("faker.providers.person.ar_AA", "last_names"),
    ),
}
# --- romanization tables (hand-written; keys are Faker's own table entries) ---------------------

# Odia (or_IN): customary English spellings as on Odisha school and identity papers, variants after.
OR_GIVEN_F: dict[str, tuple[str, ...]] = {
    "ଅଞ୍ଜଳି": ("Anjali",), "ଅନିଶା": ("Anisha",), "ଅନୀତା": ("Anita",), "ଅନୁପ୍ରିୟା": ("Anupriya",),
    "ଅର୍ପିତା": ("Arpita",), "ଅସୀମା": ("Asima",), "ଇନ୍ଦୁ": ("Indu",), "ଉଷା": ("Usha",),
    "କନକଲତା": ("Kanaklata", "Kanakalata"), "କବିତା": ("Kabita", "Kavita"), "କମଳା": ("Kamala",),
    "କଲ୍ୟାଣୀ": ("Kalyani",), "କାଜଲ": ("Kajal",), "କୁସୁମ": ("Kusum", "Kusuma"), "ଗାୟତ୍ରୀବାଳା": ("Gayatribala",),
    "ଗୀତା": ("Gita", "Geeta"), "ଗୌରୀ": ("Gouri", "Gauri"), "ଜ୍ୟୋତ୍ସ୍ନା": ("Jyotsna", "Josna"),
    "ଜୟନ୍ତୀ": ("Jayanti",), "ଝରଣା": ("Jharana", "Jharna"), "ତୃପ୍ତି": ("Trupti", "Tripti"),
    "ଦୀପା": ("Dipa", "Deepa"), "ଦୀପ୍ତିରେଖା": ("Diptirekha", "Deeptirekha"), "ଦେବଯାନୀ": ("Debjani", "Debayani"),
    "ନନ୍ଦିତା": ("Nandita",), "ନନ୍ଦିନୀ": ("Nandini",), "ନମିତା": ("Namita",), "ନିବେଦିତା": ("Nibedita", "Nivedita"),
    "ନିର୍ମଳା": ("Nirmala",), "ନିହାରିକା": ("Niharika",), "ପଦ୍ମିନୀ": ("Padmini",), "ପାର୍ବତୀ": ("Parbati", "Parvati"),
    "ପୁଷ୍ପା": ("Puspa", "Pushpa"), "ପ୍ରମିଳା": ("Pramila",), "ପ୍ରିୟଙ୍କା": ("Priyanka",),
    "ପ୍ରେମଲତା": ("Premalata", "Premlata"), "ବନଜା": ("Banaja",), "ବର୍ଷା": ("Barsha", "Varsha"),
    "ବାସନ୍ତୀ": ("Basanti",), "ବିଜୟଲକ୍ଷ୍ମୀ": ("Bijayalaxmi", "Bijayalakshmi", "Vijayalakshmi"),
    "ବିନୋଦିନୀ": ("Binodini",), "ବିଷ୍ଣୁପ୍ରିୟା": ("Bishnupriya",), "ବୈଶାଳୀ": ("Baishali", "Vaishali"),
    "ଭବାନୀ": ("Bhabani", "Bhavani"), "ଭାନୁମତୀ": ("Bhanumati",), "ମଞ୍ଜୁଲତା": ("Manjulata",),
    "ମମତା": ("Mamata", "Mamta"), "ମାଧୁରୀ": ("Madhuri",), "ମିନତି": ("Minati",), "ମେଘନା": ("Meghna", "Meghana"),
    "ରଶ୍ମୀରେଖା": ("Rashmirekha", "Rasmirekha"), "ରଞ୍ଜିତା": ("Ranjita",), "ରୀତା": ("Rita", "Reeta"),
    "ଲକ୍ଷ୍ମୀପ୍ରିୟା": ("Laxmipriya", "Lakshmipriya"), "ଲିପିକା": ("Lipika",), "ଲୀଳା": ("Lila", "Leela"),
    "ଶିବାନୀ": ("Sibani", "Shivani"), "ଶୁଭଶ୍ରୀ": ("Subhashree", "Shubhashree", "Subhasri"),
    "ସଂଘମିତ୍ରା": ("Sanghamitra",), "ସସ୍ମିତା": ("Sasmita",), "ସାବିତ୍ରୀ": ("Sabitri", "Savitri"),
    "ସୁଚିତ୍ରା": ("Suchitra",), "ସୁଜାତା": ("Sujata",), "ସୁପ୍ରିୟା": ("Supriya",),
    "ସୌଦାମିନୀ": ("Soudamini", "Saudamini"), "ସ୍ମିତା": ("Smita",), "ସ୍ନିଗ୍ଧା": ("Snigdha",),
    "ଶେଫାଳୀ": ("Sefali", "Shefali"), "ମଙ୍ଗଳା": ("Mangala",), "ଯଶୋଦା": ("Jasoda", "Yashoda"), "ଟୁକୁନି": ("Tukuni",),
}  # fmt: skip
OR_GIVEN_M: dict[str, tuple[str, ...]] = {
    "ଅଂଶୁମାନ": ("Anshuman", "Ansuman"), "ଅକ୍ଷୟ": ("Akshaya", "Akshay"), "ଅଜୟ": ("Ajaya", "Ajay"),
    "ଅଜିତ": ("Ajit",), "ଅନନ୍ତ": ("Ananta",), "ଅନିଲ": ("Anil",), "ଅଭିଷେକ": ("Abhishek",),
    "ଅଭିମନ୍ୟୁ": ("Abhimanyu",), "ଅମରେନ୍ଦ୍ର": ("Amarendra",), "ଅରବିନ୍ଦ": ("Arabinda", "Aurobindo"),
    "ଅରୁଣ": ("Arun",), "ଅର୍ଜୁନ": ("Arjun", "Arjuna"), "ଅଶୋକ": ("Ashok", "Asok"), "ଆକାଶ": ("Akash",),
    "ଆଦିତ୍ୟ": ("Aditya",), "ଆଲୋକ": ("Alok",), "ଉପେନ୍ଦ୍ର": ("Upendra",), "ଉମାକାନ୍ତ": ("Umakanta", "Umakant"),
    "ଉମାଶଙ୍କର": ("Umashankar", "Uma Shankar"), "କପିଳ": ("Kapil",), "କରୁଣାକର": ("Karunakar",),
    "କାର୍ତ୍ତିକ": ("Kartik", "Kartika"), "କାଶୀନାଥ": ("Kasinath", "Kashinath"), "କିରଣ": ("Kiran",),
    "କୁଳମଣି": ("Kulamani",), "କୃଷ୍ଣଚନ୍ଦ୍ର": ("Krushna Chandra", "Krushnachandra", "Krishna Chandra"),
    "କେଦାରନାଥ": ("Kedarnath", "Kedar Nath"), "କୈଳାସ": ("Kailash", "Kailas"), "କ୍ଷୀରୋଦ": ("Khirod", "Kshirod"),
    "ଗଙ୍ଗାଧର": ("Gangadhar",), "ଗଣେଶ୍ୱର": ("Ganeswar", "Ganeshwar"), "ଗୋପାଳ": ("Gopal",),
    "ଗୋପୀନାଥ": ("Gopinath",), "ଗୋବିନ୍ଦ": ("Gobinda", "Govind"), "ଗୌରହରି": ("Gourahari", "Gaurahari"),
    "ଚନ୍ଦନ": ("Chandan",), "ଚନ୍ଦ୍ରଶେଖର": ("Chandrasekhar", "Chandra Sekhar"), "ଚିତ୍ତରଞ୍ଜନ": ("Chittaranjan",),
    "ଚିନ୍ମୟ": ("Chinmay", "Chinmaya"), "ଚୈତନ୍ୟ": ("Chaitanya",), "ଜଗନ୍ନାଥ": ("Jagannath",),
    "ଜଗବନ୍ଧୁ": ("Jagabandhu",), "ଜୀବନ": ("Jiban", "Jeevan"), "ଜୟନ୍ତ": ("Jayanta",), "ତପନ": ("Tapan",),
    "ତ୍ରିନାଥ": ("Trinath",), "ଦାମୋଦର": ("Damodar",), "ଦିଲୀପ": ("Dilip",), "ଦୀପକ": ("Dipak", "Deepak"),
    "ଦେବାଶିଷ": ("Debasish", "Debashis", "Debasis"), "ଦେବେନ୍ଦ୍ର": ("Debendra",), "ଧନଞ୍ଜୟ": ("Dhananjay", "Dhananjaya"),
    "ଧ୍ରୁବ": ("Dhruba", "Dhruv"), "ନରେନ୍ଦ୍ର": ("Narendra",), "ନବୀନ": ("Nabin", "Naveen"), "ନିରଞ୍ଜନ": ("Niranjan",),
    "ନୀଳମାଧବ": ("Nilamadhab", "Nilamadhaba"), "ନୃସିଂହ": ("Nrusingha", "Nrusimha"), "ପଦ୍ମଲୋଚନ": ("Padmalochan",),
    "ପବିତ୍ର": ("Pabitra", "Pavitra"), "ପରମାନନ୍ଦ": ("Paramananda",), "ପୁରୁଷୋତ୍ତମ": ("Purusottam", "Purushottam"),
    "ପ୍ରଣବ": ("Pranab", "Pranav"), "ପ୍ରଦୀପ୍ତ": ("Pradipta",), "ପ୍ରଫୁଲ୍ଲ": ("Prafulla",), "ପ୍ରଭାତ": ("Prabhat",),
    "ପ୍ରମୋଦ": ("Pramod",), "ପ୍ରଶାନ୍ତ": ("Prasanta", "Prashant", "Prasant"), "ବଳରାମ": ("Balaram",),
    "ବାସୁଦେବ": ("Basudev", "Basudeba", "Vasudev"), "ବିକ୍ରମ": ("Bikram", "Vikram"), "ବିଜୟ": ("Bijay", "Bijaya", "Vijay"),
    "ବିନୋଦ": ("Binod", "Vinod"), "ବିପିନ": ("Bipin",), "ବିଭୂତିଭୂଷଣ": ("Bibhuti Bhusan", "Bibhutibhusan"),
    "ବିମଳ": ("Bimal",), "ବିଶ୍ୱଜିତ": ("Biswajit", "Biswajeet"), "ବିଶ୍ୱନାଥ": ("Biswanath", "Viswanath"),
    "ବିଷ୍ଣୁ": ("Bishnu",), "ବ୍ୟୋମକେଶ": ("Byomakesh",), "ଭାସ୍କର": ("Bhaskar",), "ଭୁବନେଶ୍ୱର": ("Bhubaneswar",),
    "ମଦନମୋହନ": ("Madan Mohan", "Madanmohan"), "ମଧୁସୂଦନ": ("Madhusudan", "Madhusudana"), "ମନୋଜ": ("Manoj",),
    "ମନୋରଞ୍ଜନ": ("Manoranjan",), "ମହେଶ": ("Mahesh",), "ମାନସ": ("Manas",), "ମୁକେଶ": ("Mukesh",),
    "ମୃତ୍ୟୁଞ୍ଜୟ": ("Mrutyunjay", "Mrutyunjaya"), "ରଘୁନାଥ": ("Raghunath",), "ରଞ୍ଜିତ": ("Ranjit",),
    "ରବୀନ୍ଦ୍ର": ("Rabindra", "Ravindra"), "ରମାକାନ୍ତ": ("Ramakanta", "Ramakant"), "ରମେଶ": ("Ramesh",),
    "ରାକେଶ": ("Rakesh",), "ରାଜକିଶୋର": ("Rajkishore", "Raj Kishore"), "ରାଜେନ୍ଦ୍ର": ("Rajendra",),
    "ରାଧାକାନ୍ତ": ("Radhakanta",), "ରୋହିତ": ("Rohit",), "ଲକ୍ଷ୍ମୀକାନ୍ତ": ("Laxmikanta", "Lakshmikant"),
    "ଲଳିତ": ("Lalit",), "ଶଶିକାନ୍ତ": ("Sasikanta", "Shashikant"), "ଶାନ୍ତନୁ": ("Santanu", "Shantanu"),
    "ଶିଶିର": ("Sisir", "Shishir"), "ଶ୍ରୀକାନ୍ତ": ("Srikanta", "Srikant"), "ଶ୍ୟାମସୁନ୍ଦର": ("Shyamsundar", "Syam Sundar"),
    "ସଞ୍ଜୟ": ("Sanjay", "Sanjaya"), "ସଞ୍ଜୀବ": ("Sanjib", "Sanjeev"), "ସତ୍ୟବ୍ରତ": ("Satyabrata",),
    "ସତ୍ୟନାରାୟଣ": ("Satyanarayan",), "ସନ୍ତୋଷ": ("Santosh",), "ସରୋଜ": ("Saroj",), "ସୁକାନ୍ତ": ("Sukanta",),
    "ସୁଜିତ": ("Sujit",), "ସୁଦର୍ଶନ": ("Sudarsan", "Sudarshan"), "ସୁଧାଂଶୁ": ("Sudhansu", "Sudhanshu"),
    "ସୁଧୀର": ("Sudhir",), "ସୁନୀଲ": ("Sunil",), "ସୁବ୍ରତ": ("Subrat", "Subrata"), "ସୁରେଶ": ("Suresh",),
    "ସୁଶାନ୍ତ": ("Sushant", "Susanta"), "ସୌମ୍ୟ": ("Soumya",), "ହିମାଂଶୁ": ("Himanshu", "Himansu"),
    "ହେମନ୍ତ": ("Hemanta",), "ହରେକୃଷ୍ଣ": ("Harekrushna",), "ସାଗର": ("Sagar",), "ପିଣ୍ଟୁ": ("Pintu",),
    "ପପୁ": ("Papu",), "ରାଜୁ": ("Raju",), "ବାବୁ": ("Babu",),
}  # fmt: skip
# Odia middle names: the father's or a devotional name, men's and women's kept apart.
OR_MIDDLE_M: dict[str, tuple[str, ...]] = {
    "କିଶୋର": ("Kishore",), "କୃଷ୍ଣ": ("Krushna", "Krishna"), "ଚନ୍ଦ୍ର": ("Chandra",), "ଚରଣ": ("Charan",),
    "ନାଥ": ("Nath",), "ବଲ୍ଲଭ": ("Ballav", "Ballabh"), "ବିହାରୀ": ("Bihari",), "ଭୂଷଣ": ("Bhusan", "Bhushan"),
    "ମୋହନ": ("Mohan",), "ଶଙ୍କର": ("Sankar", "Shankar"), "ଶେଖର": ("Sekhar", "Shekhar"), "ମାଧବ": ("Madhab",),
    "କେତନ": ("Ketan",), "କେଶରୀ": ("Keshari", "Kesari"), "ଲୋଚନ": ("Lochan",), "ସାରଥୀ": ("Sarathi",),
}  # fmt: skip
OR_MIDDLE_F: dict[str, tuple[str, ...]] = {
    "ରାଣୀ": ("Rani",), "ମଞ୍ଜରୀ": ("Manjari",), "ଭାରତୀ": ("Bharati",), "ଲେଖା": ("Lekha",),
}  # fmt: skip
OR_SURNAMES: dict[str, tuple[str, ...]] = {
    "ଆଚାର୍ଯ୍ୟ": ("Acharya",), "ଓଝା": ("Ojha",), "କର": ("Kar",), "କାନୁନଗୋ": ("Kanungo",), "କୁଣ୍ଡୁ": ("Kundu",),
    "ଖୁଣ୍ଟିଆ": ("Khuntia",), "ଖଟୁଆ": ("Khatua",), "ଗଡ଼ନାୟକ": ("Gadanayak",), "ଗଣପତି": ("Ganapati",),
    "ଗିରି": ("Giri",), "ଗୁରୁ": ("Guru",), "ଘୋଷ": ("Ghosh",), "ଚୌଧୁରୀ": ("Choudhury", "Chaudhuri"),
    "ଛୋଟରାୟ": ("Chhotray",), "ଜେନା": ("Jena",), "ଟୁଡୁ": ("Tudu",), "ତ୍ରିପାଠୀ": ("Tripathy", "Tripathi"),
    "ଦତ୍ତ": ("Dutta", "Datta"), "ଦଳବେହେରା": ("Dalabehera",), "ଦାଶ": ("Dash",), "ଦାସ": ("Das",),
    "ଦ୍ୱିବେଦୀ": ("Dwibedy", "Dwivedi"), "ଦେହୁରୀ": ("Dehury",), "ନନ୍ଦ": ("Nanda",), "ନାଗ": ("Nag",),
    "ନାୟକ": ("Nayak", "Naik"), "ପଟ୍ଟନାୟକ": ("Pattnaik", "Patnaik", "Pattanayak"), "ପଣ୍ଡା": ("Panda",),
    "ପଣ୍ଡିତ": ("Pandit",), "ପତି": ("Pati", "Pathy"), "ପରିଡ଼ା": ("Parida",), "ପାଢ଼ୀ": ("Padhi", "Padhy"),
    "ପାଣି": ("Pani",), "ପାଣିଗ୍ରାହୀ": ("Panigrahi", "Panigrahy"), "ପାତ୍ର": ("Patra",), "ପୁରୋହିତ": ("Purohit",),
    "ପ୍ରଧାନ": ("Pradhan",), "ପ୍ରହରାଜ": ("Praharaj",), "ବରାଳ": ("Baral",), "ବାରିକ": ("Barik",),
    "ବିଶ୍ୱାଳ": ("Biswal",), "ବେହେରା": ("Behera",), "ବେହୁରା": ("Behura",), "ବୋଷ": ("Bose",), "ଭୋଇ": ("Bhoi",),
    "ଭୂୟାଁ": ("Bhuyan", "Bhuiyan"), "ମଙ୍ଗରାଜ": ("Mangaraj",), "ମଲ୍ଲିକ": ("Mallick", "Mallik"),
    "ମହନ୍ତ": ("Mohanta", "Mahanta"), "ମହାନ୍ତି": ("Mohanty", "Mahanti"), "ମହାପାତ୍ର": ("Mohapatra", "Mahapatra"),
    "ମହାରଣା": ("Maharana",), "ମହାକୁଡ଼": ("Mahakud",), "ମାଝି": ("Majhi",), "ମିଶ୍ର": ("Mishra", "Misra"),
    "ମୁଦୁଲି": ("Muduli",), "ମୁର୍ମୁ": ("Murmu",), "ମୁଣ୍ଡା": ("Munda",), "ରଥ": ("Rath",), "ରାଉତ": ("Rout", "Raut"),
    "ରାଉତରାୟ": ("Routray",), "ରାଉଳ": ("Raul",), "ରାୟ": ("Ray", "Roy"), "ଲେଙ୍କା": ("Lenka",),
    "ଶତପଥୀ": ("Satapathy", "Satpathy"), "ଶର୍ମା": ("Sharma",), "ଶ୍ରୀଚନ୍ଦନ": ("Srichandan",),
    "ଷଡ଼ଙ୍ଗୀ": ("Sarangi",), "ସାମନ୍ତ": ("Samanta",), "ସାମନ୍ତରାୟ": ("Samantaray", "Samantray"),
    "ସାମଲ": ("Samal",), "ସାହୁ": ("Sahoo", "Sahu"), "ସିଂହ": ("Singh",), "ସେଠୀ": ("Sethi", "Sethy"),
    "ସେନାପତି": ("Senapati",), "ସୋରେନ": ("Soren",), "ସ୍ୱାଇଁ": ("Swain",), "ହରିଚନ୍ଦନ": ("Harichandan",),
    "ହେମ୍ବ୍ରମ": ("Hembram",), "ହୋତା": ("Hota",), "ମାରାଣ୍ଡି": ("Marandi",), "ହାଁସଦା": ("Hansdah", "Hansda"),
    "ଏକ୍କା": ("Ekka",), "ଲାକ୍ରା": ("Lakra",), "ତିର୍କୀ": ("Tirkey",), "ଗୋସ୍ୱାମୀ": ("Goswami",),
    "ବୈଦ୍ୟ": ("Baidya",), "ମିତ୍ର": ("Mitra",), "ସେନ": ("Sen",), "ଦେଓ": ("Deo",),
    "ସିଂହଦେଓ": ("Singhdeo", "Singh Deo"), "ଭଞ୍ଜଦେଓ": ("Bhanjdeo", "Bhanja Deo"), "ଗଜପତି": ("Gajapati",),
    "ମର୍ଦ୍ଦରାଜ": ("Mardaraj",), "ପରିଜା": ("Parija",), "ପାଇକରାୟ": ("Paikaray",), "ମହାରଥୀ": ("Maharathy",),
    "ଚକ୍ରବର୍ତ୍ତୀ": ("Chakraborty", "Chakravarty"), "ଭଟ୍ଟାଚାର୍ଯ୍ୟ": ("Bhattacharya",), "ରେଡ୍ଡି": ("Reddy",),
    "ଅଗ୍ରୱାଲ": ("Agrawal", "Agarwal"), "ରାଓ": ("Rao",), "ବସୁ": ("Basu",), "ଓରାମ": ("Oram", "Oraon"), "ଟେଟେ": ("Tete",),
}  # fmt: skip

# Arabic (ar_AA): the spellings a registrar meets on Levantine, Gulf and Egyptian papers, variants after.
AA_GIVEN_F: dict[str, tuple[str, ...]] = {
    "آلاء": ("Alaa", "Ala'a"), "آيات": ("Ayat",), "أحلام": ("Ahlam",), "أروى": ("Arwa",), "أريج": ("Areej", "Arij"),
    "أسيل": ("Aseel", "Asil"), "أفنان": ("Afnan",), "ابتسام": ("Ibtisam", "Ebtisam", "Ibtissam"),
    "ايمان": ("Iman", "Eman", "Imane"), "باسمة": ("Basima", "Bassima"), "بتول": ("Batool", "Batoul"),
    "بثينة": ("Buthaina", "Bouthaina"), "بشرى": ("Bushra", "Boushra"), "بلقيس": ("Balqis", "Bilqis", "Belkis"),
    "بيسان": ("Bisan", "Baysan"), "تالا": ("Tala",), "جميلة": ("Jamila", "Jameela", "Djamila"), "جنى": ("Jana",),
    "جود": ("Joud",), "حلا": ("Hala",), "حياة": ("Hayat",), "دانة": ("Dana",), "دعاء": ("Duaa", "Doaa"),
    "راما": ("Rama",), "ربى": ("Ruba", "Roba"), "ريم": ("Reem", "Rim"), "ريما": ("Rima", "Reema"),
    "ريان": ("Rayan", "Rayyan"), "زهرة": ("Zahra", "Zahraa", "Zohra"), "سجى": ("Saja",), "شهد": ("Shahd", "Shahad"),
    "ضحى": ("Doha", "Duha"), "عالية": ("Alia", "Aliya"), "غيداء": ("Ghaida", "Ghaidaa"), "فداء": ("Fida", "Fidaa"),
    "فردوس": ("Firdaus", "Ferdous"), "كوثر": ("Kawthar", "Kauther"), "لارا": ("Lara",), "لانا": ("Lana",),
    "لينا": ("Lina", "Leena"), "ليان": ("Layan",), "مريم": ("Maryam", "Mariam", "Meriem"), "مايا": ("Maya",),
    "ميار": ("Mayar",), "ميسون": ("Maysoon", "Maysun"), "ناديه": ("Nadia", "Nadya"), "ناهد": ("Nahed", "Nahid"),
    "نوال": ("Nawal",), "نوره": ("Noura", "Nourah"), "نوف": ("Nouf",), "هاجر": ("Hajar", "Hagar"),
    "هدى": ("Huda", "Houda", "Hoda"), "هناء": ("Hanaa", "Hana"), "هند": ("Hind",), "هيا": ("Haya",),
    "وفاء": ("Wafaa", "Wafa"), "يارا": ("Yara",), "ياسمين": ("Yasmin", "Yasmeen"), "يسرى": ("Yusra", "Yosra"),
    "سلسبيل": ("Salsabil",), "بهية": ("Bahia", "Bahiya"), "نغم": ("Nagham",), "ميرا": ("Mira",), "سديم": ("Sadeem",),
}  # fmt: skip
AA_GIVEN_M: dict[str, tuple[str, ...]] = {
    "أحمد": ("Ahmad", "Ahmed"), "محمّد": ("Mohammed", "Muhammad", "Mohamed", "Mohammad"),
    "محمود": ("Mahmoud", "Mahmood"), "مصطفى": ("Mustafa", "Moustafa", "Mostafa"), "يوسف": ("Yousef", "Youssef", "Yusuf"),
    "يعقوب": ("Yaqoub", "Yacoub"), "يحيى": ("Yahya", "Yehia"), "يونس": ("Younes", "Yunus"), "عمر": ("Omar", "Umar"),
    "عثمان": ("Othman", "Osman"), "علي": ("Ali",), "حسن": ("Hassan", "Hasan"), "حسين": ("Hussein", "Hussain"),
    "خالد": ("Khaled", "Khalid"), "خليل": ("Khalil", "Khaleel"), "سليمان": ("Suleiman", "Sulaiman", "Soliman"),
    "سلمان": ("Salman",), "سليم": ("Salim", "Saleem"), "سامي": ("Sami",), "سامر": ("Samer",), "سمير": ("Samir", "Sameer"),
    "سعيد": ("Saeed", "Said"), "سعد": ("Saad",), "سعود": ("Saud",), "سلطان": ("Sultan",), "طارق": ("Tariq", "Tarek"),
    "طلال": ("Talal",), "طه": ("Taha",), "عادل": ("Adel", "Adil"), "عماد": ("Imad", "Emad"), "عمّار": ("Ammar",),
    "عدنان": ("Adnan",), "عزيز": ("Aziz",), "عبدالله": ("Abdullah", "Abdallah"),
    "عبد الرّحمن": ("Abdulrahman", "Abdel Rahman", "Abdelrahman"), "عبد العزيز": ("Abdulaziz", "Abdelaziz", "Abdul Aziz"),
    "عبد الكريم": ("Abdelkarim", "Abdul Karim"), "عبد المجيد": ("Abdulmajeed", "Abdelmadjid"),
    "عبد الرّحيم": ("Abdulrahim", "Abdel Rahim"), "عبد الرّزاق": ("Abdulrazzaq", "Abderrazak"),
    "عبد السّلام": ("Abdulsalam", "Abdessalam"), "عبد القادر": ("Abdulqader", "Abdelkader"),
    "عبد الحكيم": ("Abdulhakim", "Abdelhakim"), "عبد اللطيف": ("Abdullatif", "Abdellatif"),
    "علاء": ("Alaa",), "علاء الدّين": ("Alaa Eddin", "Alaeddin"), "صلاح الدّين": ("Salah Eddine", "Salahuddin"),
    "نور الدّين": ("Nour Eddin", "Nureddin"), "جمال": ("Jamal", "Gamal"), "عصام": ("Issam", "Essam"),
    "فؤاد": ("Fouad", "Fuad"), "فارس": ("Fares", "Faris"), "فادي": ("Fadi",), "فراس": ("Firas", "Feras"),
    "فيصل": ("Faisal", "Faysal"), "فهد": ("Fahd", "Fahad"), "فوزي": ("Fawzi", "Fawzy"), "قاسم": ("Qasim", "Kassem"),
    "كريم": ("Karim", "Kareem"), "كمال": ("Kamal", "Kamel"), "ماجد": ("Majed", "Majid"), "مازن": ("Mazen",),
    "مالك": ("Malek", "Malik"), "ماهر": ("Maher",), "مروان": ("Marwan",), "مراد": ("Murad", "Mourad"),
    "منصور": ("Mansour", "Mansur"), "مهدي": ("Mahdi", "Mehdi"), "موسى": ("Musa", "Moussa"), "نبيل": ("Nabil", "Nabeel"),
    "نادر": ("Nader",), "ناصر": ("Nasser", "Naser"), "نزار": ("Nizar",), "نضال": ("Nidal",), "هاني": ("Hani", "Hany"),
    "هيثم": ("Haitham", "Haytham"), "وائل": ("Wael",), "وليد": ("Walid", "Waleed"), "وسيم": ("Wassim", "Waseem"),
    "ياسر": ("Yasser", "Yaser"), "زياد": ("Ziad", "Ziyad"), "زيد": ("Zaid", "Zeid"), "زكريا": ("Zakaria", "Zakariya"),
    "رامي": ("Rami",), "رائد": ("Raed",), "راشد": ("Rashed", "Rashid"), "رشيد": ("Rachid", "Rasheed"),
    "رضوان": ("Radwan", "Redouane"), "رمضان": ("Ramadan",), "جابر": ("Jaber",), "جهاد": ("Jihad", "Jehad"),
    "جعفر": ("Jaafar", "Jafar"), "حاتم": ("Hatem",), "حازم": ("Hazem",), "حامد": ("Hamed", "Hamid"),
    "حمزة": ("Hamza", "Hamzeh"), "حسام": ("Hussam", "Hosam"), "حيدر": ("Haider", "Haidar"), "خليفة": ("Khalifa",),
    "داوود": ("Dawood", "Daoud"), "شادي": ("Shadi", "Chadi"), "شريف": ("Sherif", "Sharif"), "صالح": ("Saleh",),
    "صابر": ("Saber",), "عامر": ("Amer",), "غسّان": ("Ghassan",), "قيس": ("Qais", "Kais"), "لؤي": ("Louay", "Luay"),
    "مأمون": ("Mamoun",), "مهنّد": ("Muhannad", "Mohannad"), "مصعب": ("Musab", "Mosab"), "مُنير": ("Mounir", "Munir"),
    "مُعتز": ("Moataz", "Mutaz"), "نعمان": ("Numan",), "هادي": ("Hadi",), "هاشم": ("Hashem", "Hashim"),
    "هلال": ("Hilal",), "همام": ("Humam",), "وجدي": ("Wajdi", "Wagdy"), "وديع": ("Wadih",), "تامر": ("Tamer",),
    "توفيق": ("Tawfiq", "Toufic"), "تميم": ("Tamim",), "ثامر": ("Thamer",), "قصي": ("Qusai", "Qusay"),
    "لقمان": ("Luqman",), "ليث": ("Laith", "Layth"),
}  # fmt: skip
AA_SURNAMES: dict[str, tuple[str, ...]] = {
    "الساحلي": ("Sahli", "Al-Sahili"), "الحسيني": ("Al-Husseini", "Husseini"),
    "النشاشيبي": ("Nashashibi",), "الدجاني": ("Dajani", "Al-Dajani"), "الخالدي": ("Khalidi", "Al-Khalidi"),
    "البيطار": ("Bitar", "Al-Bitar"), "الأنصاري": ("Al-Ansari", "Ansari"), "البخاري": ("Bukhari", "Al-Bukhari"),
    "البغدادي": ("Baghdadi", "Al-Baghdadi"), "الطحان": ("Tahhan", "Tahan"), "النجار": ("Najjar", "Al-Najjar"),
    "الحلاق": ("Hallak", "Al-Hallaq"), "الحلواني": ("Halwani", "Helwani"), "الشامي": ("Shami", "Al-Shami"),
    "المغربي": ("Maghribi", "Al-Maghrebi"), "المفتي": ("Mufti", "Al-Mufti"), "النقيب": ("Naqib", "Al-Naqeeb"),
    "النمر": ("Nimr", "Nimer"), "القباني": ("Qabbani", "Kabbani"), "القواسم": ("Qawasmeh", "Al-Qawasmi"),
    "الدسوقي": ("Desouki", "Dessouky"), "الدقاق": ("Dakkak", "Daqqaq"), "السمان": ("Samman", "Al-Samman"),
    "العسلي": ("Asali", "Assaly"), "العلمي": ("Alami", "Al-Alami"), "بو مدين": ("Boumediene",),
    "العارف": ("Al-Aref", "Aref"), "الشهابي": ("Shihabi", "Chehabi"), "العفيفي": ("Afifi", "Afify"),
    "الشاويش": ("Shawish",), "البديري": ("Budeiri",), "القلموني": ("Qalamouni", "Kalamouni"),
    "التوتنجي": ("Tutunji", "Totonji"), "الكالوتي": ("Kalouti",), "المتولي": ("Metwally", "Metwali"),
    "المظفر": ("Al-Muzaffar", "Muzaffar"), "الأيوبي": ("Ayoubi", "Al-Ayyubi"), "الامام": ("Imam", "Al-Imam"),
    "اسطمبولي": ("Istanbouli", "Stambouli"), "ارناؤوط": ("Arnaout", "Arnaut"), "بيروتي": ("Beiruti",),
    "طرابلسي": ("Trabulsi", "Trabelsi"), "صيداوي": ("Saidawi",), "عكاوي": ("Akkawi",), "زحلاوي": ("Zahlawi",),
    "بعلبكي": ("Baalbaki", "Baalbaky"), "بتروني": ("Batrouni",), "جبيلي": ("Jbeili", "Jubaili"), "جزيني": ("Jezzini",),
    "صيداني": ("Saidani",), "شويفاتي": ("Shweifati",), "مزرعاني": ("Mazraani",), "درويش": ("Darwish", "Darwiche"),
    "حجازي": ("Hijazi", "Hegazy", "Hejazi"), "جودة": ("Jouda", "Joudeh"), "صيام": ("Siam", "Seyam"),
    "غوشة": ("Ghosheh",), "عبده": ("Abdo", "Abdou"), "عبيد": ("Obeid", "Obaid"), "وهبة": ("Wahba", "Wehbe"),
    "كمال": ("Kamal",), "نجيب": ("Najib", "Naguib"), "نور الدين": ("Nour El Din", "Noureddine"),
    "جار الله": ("Jarallah", "Jar Allah"), "بيرقدار": ("Bayraktar", "Bairakdar"), "غنيم": ("Ghoneim", "Ghanim"),
    "شتية": ("Shtayyeh",), "عويضة": ("Owaida",), "عليان": ("Alayan", "Olayan"), "طوطح": ("Totah",),
    "قليبو": ("Qleibo",), "زلاطيمو": ("Zalatimo",), "نسيبة": ("Nusseibeh", "Nuseibeh"),
    "ابو الحاج": ("Abu Alhaj", "Abul Hajj"), "ابو السعود": ("Abu Al Saud", "Abusaud"), "ابو عيد": ("Abu Eid", "Abueid"),
    "ازحيمان": ("Izhiman",), "شرف": ("Sharaf",), "رصاص": ("Rassas",), "عبد اللطيف": ("Abdel Latif", "Abdellatif"),
    "جعفر": ("Jaafar",), "معتوق": ("Maatouk",), "حرب": ("Harb",), "مراد": ("Murad", "Mourad"), "راجح": ("Rajeh",),
    "طه": ("Taha",), "نجم": ("Najm",), "قطينة": ("Qteineh",), "متني": ("Matni",), "هندية": ("Hindiyeh",),
    "اليوزباشي": ("Yuzbashi",), "القزاز": ("Qazzaz", "Kazzaz"), "القضماني": ("Qadamani",), "القطب": ("Qutb", "Kotb"),
    "الجاعوني": ("Jaouni",), "الفتياني": ("Fityani",), "الشعباني": ("Shaabani",), "الداودي": ("Daoudi",),
    "القرجولي": ("Qarjouli",), "النمري": ("Nimri", "Al-Nimri"), "الكثيري": ("Al-Kathiri",), "السيفي": ("Al-Saifi",),
}  # fmt: skip

# table name -> (locale, Faker module, attribute, the hand-written spellings)
ROMANIZATIONS: dict[str, tuple[str, str, str, dict[str, tuple[str, ...]]]] = {
    "OR_GIVEN_F": ("or_IN", "faker.providers.person.or_IN", "first_names_female", OR_GIVEN_F),
    "OR_GIVEN_M": ("or_IN", "faker.providers.person.or_IN", "first_names_male", OR_GIVEN_M),
    "OR_MIDDLE_M": ("or_IN", "faker.providers.person.or_IN", "middle_names", OR_MIDDLE_M),
    "OR_MIDDLE_F": ("or_IN", "faker.providers.person.or_IN", "middle_names", OR_MIDDLE_F),
    "OR_SURNAMES": ("or_IN", "faker.providers.person.or_IN", "last_names", OR_SURNAMES),
    "AA_GIVEN_F": ("ar_AA", "faker.providers.person.ar_AA", "first_names_female", AA_GIVEN_F),
    "AA_GIVEN_M": ("ar_AA", "faker.providers.person.ar_AA", "first_names_male", AA_GIVEN_M),
    "AA_SURNAMES": ("ar_AA", "faker.providers.person.ar_AA", "last_names", AA_SURNAMES),
}


def romanization_problems() -> list[str]:
    """Each hand-written romanization key that is not an entry of its locale's own Faker table, and
    each spelling that is not plain Latin letters, as a readable line (empty when all are sound)."""
    problems: list[str] = []
    for name, (loc, module, attr, table) in ROMANIZATIONS.items():
        if (module, attr) not in FAKER_TABLES[loc]:
            problems.append(f"{name}: {module}.{attr} is not listed in FAKER_TABLES[{loc!r}]")
            continue
        own = set(faker_tables.own_table(module, attr))
        for key, spellings in table.items():
            if key not in own:
                problems.append(f"{name}: {key!r} is not in {module}.{attr}")
            for s in spellings:
                if not re.fullmatch(r"[A-Z][A-Za-z']*([ -][A-Z][A-Za-z']*){0,2}", s):
                    problems.append(f"{name}: {s!r} is not a plain Latin spelling")
    return problems


def provenance_problems() -> list[str]:
    """Each table of FAKER_TABLES that is not its locale's own (empty when all are)."""
    return faker_tables.provenance_problems(FAKER_TABLES)


# --- places (hand-written) -------------------------------------------------------------------

# US towns: (town, state, ZIP prefix, area code). Some are also surnames or words ("Florence",
# "Jackson", "Dover", "Bend", "Salina", "Lawton"): they are still a LOCATION.
US_TOWNS: tuple[tuple[str, str, str, str], ...] = (
    ("Carbondale", "IL", "629", "618"), ("Bowling Green", "KY", "421", "270"), ("Kalamazoo", "MI", "490", "269"),
    ("Muncie", "IN", "473", "765"), ("Dothan", "AL", "363", "334"), ("Hattiesburg", "MS", "394", "601"),
    ("Casper", "WY", "826", "307"), ("Bozeman", "MT", "597", "406"), ("Pocatello", "ID", "832", "208"),
    ("Flagstaff", "AZ", "860", "928"), ("Bend", "OR", "977", "541"), ("Yakima", "WA", "989", "509"),
    ("Eau Claire", "WI", "547", "715"), ("Mankato", "MN", "560", "507"), ("Ames", "IA", "500", "515"),
    ("Salina", "KS", "674", "785"), ("Joplin", "MO", "648", "417"), ("Lawton", "OK", "735", "580"),
    ("Abilene", "TX", "796", "325"), ("Las Cruces", "NM", "880", "575"), ("Grand Junction", "CO", "815", "970"),
    ("Ogden", "UT", "844", "801"), ("Elko", "NV", "898", "775"), ("Chico", "CA", "959", "530"),
    ("Hilo", "HI", "967", "808"), ("Fairbanks", "AK", "997", "907"), ("Bangor", "ME", "044", "207"),
    ("Rutland", "VT", "057", "802"), ("Keene", "NH", "034", "603"), ("Pittsfield", "MA", "012", "413"),
    ("Danbury", "CT", "068", "203"), ("Utica", "NY", "135", "315"), ("Altoona", "PA", "166", "814"),
    ("Vineland", "NJ", "083", "856"), ("Dover", "DE", "199", "302"), ("Hagerstown", "MD", "217", "301"),
    ("Lynchburg", "VA", "245", "434"), ("Morgantown", "WV", "265", "304"), ("Wilmington", "NC", "284", "910"),
    ("Florence", "SC", "295", "843"), ("Valdosta", "GA", "316", "229"), ("Ocala", "FL", "344", "352"),
    ("Jackson", "TN", "383", "731"), ("Monroe", "LA", "712", "318"), ("Jonesboro", "AR", "724", "870"),
    ("Kearney", "NE", "688", "308"), ("Minot", "ND", "587", "701"), ("Rapid City", "SD", "577", "605"),
    ("Mansfield", "OH", "449", "419"), ("Dearborn", "MI", "481", "313"), ("Paterson", "NJ", "075", "973"),
    ("Edison", "NJ", "088", "732"), ("Hamtramck", "MI", "482", "313"), ("Bridgeview", "IL", "604", "708"),
)  # fmt: skip
STATE_NAMES = {
    "IL": "Illinois", "KY": "Kentucky", "MI": "Michigan", "IN": "Indiana", "AL": "Alabama", "MS": "Mississippi",
    "WY": "Wyoming", "MT": "Montana", "ID": "Idaho", "AZ": "Arizona", "OR": "Oregon", "WA": "Washington",
    "WI": "Wisconsin", "MN": "Minnesota", "IA": "Iowa", "KS": "Kansas", "MO": "Missouri", "OK": "Oklahoma",
    "TX": "Texas", "NM": "New Mexico", "CO": "Colorado", "UT": "Utah", "NV": "Nevada", "CA": "California",
    "HI": "Hawaii", "AK": "Alaska", "ME": "Maine", "VT": "Vermont", "NH": "New Hampshire", "MA": "Massachusetts",
    "CT": "Connecticut", "NY": "New York", "PA": "Pennsylvania", "NJ": "New Jersey", "DE": "Delaware",
    "MD": "Maryland", "VA": "Virginia", "WV": "West Virginia", "NC": "North Carolina", "SC": "South Carolina",
    "GA": "Georgia", "FL": "Florida", "TN": "Tennessee", "LA": "Louisiana", "AR": "Arkansas", "NE": "Nebraska",
    "ND": "North Dakota", "SD": "South Dakota", "OH": "Ohio",
}  # fmt: skip
# Towns abroad: Odisha (PIN prefix, STD code) and Arab towns (country, dialling code).
ODISHA_TOWNS: tuple[tuple[str, str, str], ...] = (
    ("Bhubaneswar", "751", "674"), ("Cuttack", "753", "671"), ("Puri", "752", "6752"), ("Berhampur", "760", "680"),
    ("Sambalpur", "768", "663"), ("Rourkela", "769", "661"), ("Balasore", "756", "6782"), ("Baripada", "757", "6792"),
    ("Jeypore", "764", "6854"), ("Koraput", "764", "6852"), ("Angul", "759", "6764"), ("Dhenkanal", "759", "6762"),
    ("Kendrapara", "754", "6727"), ("Jajpur", "755", "6728"), ("Bhadrak", "756", "6784"), ("Paradip", "754", "6722"),
    ("Rayagada", "765", "6856"), ("Bargarh", "768", "6646"), ("Jharsuguda", "768", "6645"), ("Keonjhar", "758", "6766"),
)  # fmt: skip
ARAB_TOWNS: tuple[tuple[str, str, str], ...] = (
    ("Amman", "Jordan", "962"), ("Irbid", "Jordan", "962"), ("Zarqa", "Jordan", "962"), ("Madaba", "Jordan", "962"),
    ("Nablus", "Palestine", "970"), ("Ramallah", "Palestine", "970"), ("Hebron", "Palestine", "970"),
    ("Jenin", "Palestine", "970"), ("Bethlehem", "Palestine", "970"), ("Jeddah", "Saudi Arabia", "966"),
    ("Riyadh", "Saudi Arabia", "966"), ("Dammam", "Saudi Arabia", "966"), ("Taif", "Saudi Arabia", "966"),
    ("Abha", "Saudi Arabia", "966"), ("Tripoli", "Lebanon", "961"), ("Sidon", "Lebanon", "961"),
    ("Zahle", "Lebanon", "961"), ("Tyre", "Lebanon", "961"), ("Alexandria", "Egypt", "20"), ("Mansoura", "Egypt", "20"),
)  # fmt: skip
STREET_WORDS = (
    "Quail Run", "Meadowlark", "Birch Hollow", "Lantern", "Ridgeline", "Sandhill", "Old Mill", "Cottonwood",
    "Prairie Rose", "Juniper", "Canal", "Depot", "Orchard", "Pheasant", "Kestrel", "Foxglove", "Harvest",
    "Windmill", "Bluebonnet", "Aspen", "Limestone", "Creekside", "Hickory", "Wagon Wheel", "Larkspur",
)  # fmt: skip
STREET_TYPES = ("St", "Ave", "Rd", "Dr", "Ln", "Way", "Ct", "Blvd", "Pl", "Street", "Avenue", "Road", "Drive", "Lane")
ORG_WORDS = (
    "Riverbend", "Prairie View", "Cedar Ridge", "Lakeshore", "Bluestem", "Ironwood", "Stonegate", "Willow Creek",
    "Granite Peak", "Sandhill", "Harbor Point", "Red Oak", "Sycamore", "Timberline", "Meadowlark", "High Plains",
)  # fmt: skip
ABROAD_HOSPITAL_WORDS = {
    "or": (("Utkal", "Kalinga", "Mahanadi", "Konark", "Chilika"), ("Care", "Lifeline", "Sunrise", "Apex", "Sparsh")),
    "ar": (("Al-Amal", "Al-Shifa", "Al-Noor", "Al-Rahma", "Al-Salam"), ("Specialty", "Medical", "Charity", "Gardens")),
}  # fmt: skip
# Pet names are not PHI (an animal is not a person); the owner's surname on a pet's label is.
PET_NAMES = ("Biscuit", "Mango", "Zorro", "Pepper", "Loki", "Chutney", "Simba", "Luna", "Kiwi", "Tofu", "Bruno", "Oreo")

# --- keep terms (not PHI; a coder needs them) --------------------------------------------------

KEEP_KINDS = ("drug", "code", "maker", "model", "insurer", "eponym", "department")
INSURERS = (
    "Medicare", "Medicaid", "Blue Cross Blue Shield", "Aetna", "Cigna", "Humana", "UnitedHealthcare", "Tricare",
    "Ambetter", "Molina Healthcare", "Anthem",
)  # fmt: skip
DEPARTMENTS = (
    "Radiology", "Speech-Language Pathology", "Respiratory Therapy", "Cardiac Rehabilitation", "Wound Care",
    "Neurology", "Physical Medicine and Rehabilitation", "Patient Relations", "Health Information Management",
    "Security", "Lactation Services", "Pain Management", "Allergy and Immunology", "Emergency Department",
    "Labor and Delivery", "Research Pharmacy", "Patient Financial Services", "Decedent Affairs", "Sports Medicine",
)  # fmt: skip


# --- marked text: PHI and keep terms written inline, offsets computed once -------------------

_PHI, _KEEP, _SEP, _END = "\x01", "\x04", "\x02", "\x03"
_MARK = re.compile("([\x01\x04])([A-Za-z_]+)\x02([^\x01-\x04]*)\x03")


def ph(kind: str, text: str) -> str:
    """`text` marked as a PHI span of `kind`."""
    assert kind in PHI_KINDS and text == text.strip() and text, (kind, text)
    return f"{_PHI}{kind}{_SEP}{text}{_END}"


def kp(kind: str, text: str) -> str:
    """`text` marked as a keep term of `kind`."""
    assert kind in KEEP_KINDS, kind
    return f"{_KEEP}{kind}{_SEP}{text}{_END}"


PHI_KINDS = (
    "NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "VEHICLE",
    "DEVICE", "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "ID",
)  # fmt: skip


def render(marked: str, case: str = "") -> tuple[str, list[dict], list[str], dict[str, str]]:
    """Text, PHI spans, keep terms (in order) and their kinds from marked text; `case` "upper" or
    "lower" changes the whole text (offsets are unchanged, the text being ASCII). A keep term that
    occurs anywhere inside a PHI span is left out of the list."""
    out: list[str] = []
    phi: list[dict] = []
    kinds: dict[str, str] = {}
    pos = last = 0
    for m in _MARK.finditer(marked):
        plain = marked[last : m.start()]
        out.append(plain)
        pos += len(plain)
        body = m.group(3)
        if m.group(1) == _PHI:
            phi.append({"start": pos, "end": pos + len(body), "type": m.group(2)})
        else:
            kinds.setdefault(body, m.group(2))
        out.append(body)
        pos += len(body)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert not re.search("[\x01-\x04]", text), text
    if case == "upper":
        text = text.upper()
        kinds = {k.upper(): v for k, v in kinds.items()}
    elif case == "lower":
        text = text.lower()
        kinds = {k.lower(): v for k, v in kinds.items()}
    keep: list[str] = []
    for term in kinds:
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if hits and not any(p["start"] < i + len(term) and i < p["end"] for i in hits for p in phi):
            keep.append(term)
    return text, phi, keep, {t: kinds[t] for t in keep}


# --- people and values -----------------------------------------------------------------------


@dataclass
class Person:
    loc: str  # "or" (Odia) or "ar" (Arabic)
    sex: str  # "f" or "m"
    given: str
    surname: str
    middle: str = ""
    dob: date = date(1970, 1, 1)


@dataclass(frozen=True)
class Pools:
    given: dict[tuple[str, str], list[tuple[str, ...]]]
    middle: dict[tuple[str, str], list[tuple[str, ...]]]
    surnames: dict[str, list[tuple[str, ...]]]


@lru_cache(maxsize=1)
def pools() -> Pools:
    """The romanized spellings, in table order (each entry: customary spelling first, then variants)."""
    return Pools(
        given={
            ("or", "f"): list(OR_GIVEN_F.values()), ("or", "m"): list(OR_GIVEN_M.values()),
            ("ar", "f"): list(AA_GIVEN_F.values()), ("ar", "m"): list(AA_GIVEN_M.values()),
        },
        middle={
            ("or", "f"): list(OR_MIDDLE_F.values()), ("or", "m"): list(OR_MIDDLE_M.values()),
            ("ar", "f"): list(AA_GIVEN_M.values()), ("ar", "m"): list(AA_GIVEN_M.values()),
        },
        surnames={"or": list(OR_SURNAMES.values()), "ar": list(AA_SURNAMES.values())},
    )  # fmt: skip


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def age_words(n: int) -> str:
    """90..109 in words: "ninety-four", "one hundred", "one hundred and three"."""
    if n < 100:
        return "ninety" + (f"-{_ONES[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {_ONES[n - 100]}" if n > 100 else "")


def fmt_date(d: date, style: str) -> str:
    """`d` written in one of the shapes writers use (see DATE_STYLES)."""
    mon, month, wd, wdd = MONTHS[d.month - 1][:3], MONTHS[d.month - 1], WEEKDAYS[d.weekday()][:3], WEEKDAYS[d.weekday()]
    th = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy_s": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "mdy_n": f"{d.month}/{d.day}/{d.year}",
        "iso": d.isoformat(),
        "dmy_mon": f"{d.day:02d}-{mon}-{d.year}",
        "dmony": f"{d.day:02d}{mon.upper()}{d.year % 100:02d}",
        "mon_d_y": f"{mon} {d.day}, {d.year}",
        "month_d_y": f"{month} {d.day}, {d.year}",
        "d_month_y": f"{d.day} {month} {d.year}",
        "d_mon_y": f"{d.day} {mon} {d.year}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "md": f"{d.month}/{d.day}",
        "mon_d": f"{mon} {d.day}",
        "month_d": f"{month} {d.day}",
        "month_dth": f"{month} {d.day}{th}",
        "wd_md": f"{wd} {d.month}/{d.day}",
        "wdd_month_d": f"{wdd}, {month} {d.day}",
        "wd_mdy": f"{wd} {d.month:02d}/{d.day:02d}/{d.year}",
        "month_y": f"{month} {d.year}",
    }[style]


DATE_STYLES = ("mdy", "mdy_s", "mdy_n", "iso", "dmy_mon", "dmony", "mon_d_y", "month_d_y", "d_month_y", "d_mon_y",
               "dmy", "dmy_dot", "md", "mon_d", "month_d", "month_dth", "wd_md", "wdd_month_d", "wd_mdy", "month_y")  # fmt: skip
_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
               "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to the digits of `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


class Writer:
    """Seeded values and the marked pieces the genres are written from."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # small helpers
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    # people
    def spelling(self, variants: tuple[str, ...]) -> str:
        return variants[0] if len(variants) == 1 or self.chance(0.6) else self.pick(variants[1:])

    def person(
        self, loc: str = "", sex: str = "", middle: float = 0.25, born: tuple[int, int] = (1940, 2004)
    ) -> Person:
        loc = loc or self.pick(("or", "ar"))
        sex = sex or self.pick("fm")
        p = pools()
        given = self.spelling(self.pick(p.given[(loc, sex)]))
        surname = self.spelling(self.pick(p.surnames[loc]))
        mid = ""
        if self.chance(middle):
            mid = self.spelling(self.pick(p.middle[(loc, sex)]))
            if mid == given:
                mid = ""
        return Person(loc, sex, given, surname, mid, self.day(date(born[0], 1, 1), date(born[1], 12, 28)))

    def child_of(self, parent: Person, sex: str = "", born: tuple[int, int] = (2008, 2019)) -> Person:
        kid = self.person(parent.loc, sex, middle=0.0, born=born)
        kid.surname = parent.surname
        return kid

    def name(self, p: Person, shape: str = "", lower: bool = False) -> str:
        """A NAME span in one of the shapes writers use."""
        shape = shape or self.pick(("fl", "fl", "fl", "fml", "lf", "LF", "UP", "is", "gi", "g", "s"))
        g, s, m = p.given, p.surname, p.middle
        text = {
            "fl": f"{g} {s}",
            "fml": f"{g} {m} {s}" if m else f"{g} {s}",
            "lf": f"{s}, {g}",
            "lfm": f"{s}, {g} {m[0]}." if m else f"{s}, {g}",
            "LF": f"{s.upper()}, {g.upper()}",
            "UP": f"{g} {s}".upper(),
            "lo": f"{g} {s}".lower(),
            "is": f"{g[0]}. {s}",
            "gi": f"{g} {s[0]}.",
            "g": g,
            "s": s,
            "ii": f"{g[0]}{s[0]}",
            "hl7": f"{s.upper()}^{g.upper()}",
        }[shape]
        return ph("NAME", text.lower() if lower else text)

    def clinician(self, cred: str = "MD", shape: str = "") -> tuple[Person, str]:
        """A clinician and the NAME span followed by ", credential" (outside the span)."""
        p = self.person(middle=0.1, born=(1955, 1995))
        return p, self.name(p, shape or self.pick(("fl", "fl", "is", "is", "fml"))) + (f", {cred}" if cred else "")

    def title(self, p: Person) -> str:
        """An honorific for `p` (outside the span)."""
        if p.loc == "or":
            return self.pick(("Mr. ", "Shri ")) if p.sex == "m" else self.pick(("Mrs. ", "Ms. ", "Smt. ", "Sushri "))
        return self.pick(("Mr. ", "Haj ", "Sheikh ")) if p.sex == "m" else self.pick(("Mrs. ", "Ms. ", "Hajja "))

    # dates and ages
    def day(self, a: date, b: date) -> date:
        return a + timedelta(days=self.r.randrange((b - a).days + 1))

    def visit(self) -> date:
        return self.day(date(2024, 1, 8), date(2026, 6, 26))

    def dt(self, d: date, style: str = "") -> str:
        return ph("DATE", fmt_date(d, style or self.pick(DATE_STYLES[:-1])))

    def dob(self, p: Person, style: str = "") -> str:
        return self.dt(p.dob, style or self.pick(("mdy", "mdy", "mdy_n", "iso", "dmy_mon", "month_d_y", "mon_d_y")))

    def elder(self, p: Person, on: date, age: int = 0) -> int:
        """Makes `p` 90 or older on `on` (or exactly `age`) and returns the age."""
        age = age or self.pick((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104))
        p.dob = date(on.year - age - 1, self.r.randrange(1, 13), self.r.randrange(1, 28))
        if (p.dob.month, p.dob.day) <= (on.month, on.day):
            p.dob = p.dob.replace(year=p.dob.year + 1)
        return on.year - p.dob.year - ((on.month, on.day) < (p.dob.month, p.dob.day))

    @staticmethod
    def age_on(p: Person, on: date) -> int:
        return on.year - p.dob.year - ((on.month, on.day) < (p.dob.month, p.dob.day))

    def age(self, n: int, words: float = 0.25) -> str:
        """An age: PHI (the number alone) from 90, plain text below."""
        if n < 90:
            return str(n)
        return ph("AGE", age_words(n) if self.chance(words) else str(n))

    def age_phrase(self, n: int) -> str:
        """ "93 y/o", "aged 93", "93-year-old" ...: only the number is a span."""
        a = self.age(n, words=0.0)
        return self.pick((f"{a} y/o", f"{a}yo", f"{a}-year-old", f"aged {a}", f"age {a}", f"{a} years old"))

    # places
    def town(self) -> tuple[str, str, str, str]:
        return self.pick(US_TOWNS)

    def zip(self, t: tuple[str, str, str, str], plus4: float = 0.15) -> str:
        z = t[2] + self.digits(2)
        return ph("ZIP", z + (f"-{self.digits(4)}" if self.chance(plus4) else ""))

    def street(self, unit: float = 0.3) -> str:
        s = f"{self.r.randrange(12, 9800)} {self.pick(STREET_WORDS)} {self.pick(STREET_TYPES)}"
        if self.chance(unit):
            s += self.pick((f", Apt {self.r.randrange(1, 40)}{self.pick('ABCD')}", f" Unit {self.r.randrange(2, 300)}",
                            f" #{self.r.randrange(2, 60)}"))  # fmt: skip
        return s

    def address(self, t: tuple[str, str, str, str] | None = None, unit: float = 0.3, sep: str = ", ") -> str:
        """ "4418 Quail Run Dr, Casper, WY 82601": street, town, ZIP are spans; the state is not."""
        t = t or self.town()
        st = t[1] if self.chance(0.85) else STATE_NAMES[t[1]]
        return f"{ph('ADDRESS', self.street(unit))}{sep}{ph('LOCATION', t[0])}, {st} {self.zip(t)}"

    def po_box(self) -> str:
        return ph("ADDRESS", f"{self.pick(('PO Box', 'P.O. Box', 'PO BOX'))} {self.r.randrange(10, 9999)}")

    def kin(self, p: Person) -> str:
        """A word for a relative used instead of the name (not PHI): "Aai", "Jeje", "Teta", "Jiddo"."""
        words = {("or", "f"): ("Aai", "Bou", "Jejema"), ("or", "m"): ("Jeje", "Bapa", "Aja"),
                 ("ar", "f"): ("Teta", "Mama", "Sitti"), ("ar", "m"): ("Jiddo", "Baba", "Sido")}  # fmt: skip
        return self.pick(words[(p.loc, p.sex)])

    def facility(self, kind: str, t: tuple[str, str, str, str] | None = None, p: Person | None = None) -> str:
        """An organisation: a made-up word, a town or a family name, and what it is. A family name
        makes shops, practices and funeral homes, not hospitals."""
        r = self.r.random()
        family_ok = not re.search(r"Hospital|Medical Center|General|Hospice|Regional|LTACH|Pavilion|Institute", kind)
        if family_ok and (p is not None or r < 0.3):
            who = (p or self.person()).surname
            shapes = [f"{who} {kind}", f"{who} {kind}"]
            if "Family" not in kind:
                shapes.append(f"{who} Family {kind}")
            if re.search(r"Pharmacy|Funeral|Supply|Lab", kind):
                shapes.append(f"{who} & Sons {kind}")
            base = self.pick(shapes)
        elif r < 0.6 and t is not None:
            base = f"{t[0]} {kind}"
        else:
            base = f"{self.pick(ORG_WORDS)} {kind}"
        return ph("FACILITY", base)

    @staticmethod
    def pron(p: Person, which: str = "he") -> str:
        """he/she, him/her, his/her, son/daughter, father/mother, man/woman for `p`."""
        f = p.sex == "f"
        return {"he": ("he", "she"), "him": ("him", "her"), "his": ("his", "her"), "son": ("son", "daughter"),
                "father": ("father", "mother"), "man": ("man", "woman")}[which][f]  # fmt: skip

    def abroad_hospital(self, loc: str, town: str = "") -> str:
        a, b = ABROAD_HOSPITAL_WORDS[loc]
        name = f"{self.pick(a)} {self.pick(b)} Hospital"
        return ph("FACILITY", name)

    # numbers
    def phone(self, t: tuple[str, str, str, str] | None = None, ext: float = 0.1, kind: str = "PHONE") -> str:
        area = (t or self.town())[3]
        ex = f"{self.r.randrange(2, 10)}{self.r.randrange(10)}{self.r.randrange(2, 10)}"
        line = self.digits(4)
        s = self.pick((f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"{area} {ex} {line}",
                       f"+1 {area} {ex} {line}", f"1-{area}-{ex}-{line}", f"({area}){ex}-{line}"))  # fmt: skip
        if self.chance(ext):
            s += self.pick((f" ext {self.r.randrange(100, 9999)}", f" x{self.r.randrange(10, 999)}"))
        return ph(kind, s)

    def intl_phone(self, code: str, kind: str = "PHONE") -> str:
        if code == "91":
            s = self.pick((f"+91 {self.pick('6789')}{self.digits(4)} {self.digits(5)}",
                           f"+91-{self.pick(('674', '671', '663'))}-{self.digits(7)}"))  # fmt: skip
        elif code == "962":
            s = f"+962 7{self.pick('789')} {self.digits(3)} {self.digits(4)}"
        elif code == "966":
            s = f"+966 5{self.pick('03456')} {self.digits(3)} {self.digits(4)}"
        elif code == "970":
            s = f"+970 59{self.pick('2789')} {self.digits(3)} {self.digits(3)}"
        elif code == "961":
            s = f"+961 {self.pick(('3', '70', '71', '76'))} {self.digits(3)} {self.digits(3)}"
        else:
            s = f"+20 1{self.pick('0125')} {self.digits(4)} {self.digits(4)}"
        return ph(kind, s)

    def email(self, p: Person | None = None, domain: str = "") -> str:
        p = p or self.person()
        g, s = re.sub(r"[^a-z]", "", p.given.lower()), re.sub(r"[^a-z]", "", p.surname.lower())
        local = self.pick((f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:3]}{self.r.randrange(10, 99)}", f"{s}.{g[0]}",
                           f"{g}_{s}{p.dob.year % 100:02d}", f"{g}{self.r.randrange(1, 999)}"))  # fmt: skip
        domain = domain or self.pick(("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                                      "protonmail.com", "rediffmail.com"))  # fmt: skip
        return ph("EMAIL", f"{local}@{domain}")

    def org_domain(self, words: str) -> str:
        return re.sub(r"[^a-z]", "", words.lower())[:18] + self.pick((".org", ".com", ".net", ".health"))

    def url(self, host: str, path: str = "") -> str:
        path = path or self.pick(("/visit/", "/r/", "/p/", "/s/", "/join/", "/u/")) + self.letters(4) + self.digits(4)
        return ph("URL", f"{self.pick(('https://', 'https://', 'http://', 'www.'))}{host}{path}")

    def ip(self, private: float = 0.3, v6: float = 0.1) -> str:
        if self.chance(v6):
            return ph(
                "IP",
                f"2600:{self.r.randrange(0x1000, 0xFFFF):x}:{self.r.randrange(0x10, 0xFFF):x}::{self.r.randrange(1, 0xFFFF):x}",
            )
        if self.chance(private):
            s = self.pick((f"10.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}",
                           f"192.168.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"))  # fmt: skip
        else:
            s = f"{self.pick((24, 50, 66, 71, 73, 98, 104, 108, 136, 172, 184, 207))}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
        return ph("IP", s)

    def ssn(self) -> str:
        a = self.r.randrange(1, 900)
        while a == 666:
            a = self.r.randrange(1, 900)
        b, c = self.r.randrange(1, 100), self.r.randrange(1, 10000)
        sep = self.pick(("-", "-", "-", " ", ""))
        return ph("SSN", f"{a:03d}{sep}{b:02d}{sep}{c:04d}")

    def mrn(self) -> str:
        """A record number: 7-10 digits, the last a Luhn check digit; sometimes grouped."""
        body = self.digits(self.r.randrange(6, 10))
        s = body + luhn_digit(body)
        if self.chance(0.2) and len(s) >= 8:
            s = f"{s[:2]}-{s[2:]}"
        return ph("MRN", s)

    def card(self) -> str:
        """A reloadable payment-card account number (16 digits, Luhn), grouped by four."""
        body = self.pick(("4", "5")) + self.digits(14)
        s = body + luhn_digit(body)
        return ph("ACCOUNT", " ".join(s[i : i + 4] for i in range(0, 16, 4)))

    def account(self) -> str:
        return ph("ACCOUNT", self.pick((self.digits(10), f"{self.digits(4)}-{self.digits(6)}", f"A{self.digits(8)}",
                                        f"{self.digits(3)}{self.letters(1)}{self.digits(6)}")))  # fmt: skip

    def member_id(self) -> str:
        return ph("HEALTH_PLAN", self.pick((f"{self.letters(3)}{self.digits(9)}", f"W{self.digits(9)}",
                                            f"{self.digits(9)}{self.letters(1)}", f"{self.letters(2)}{self.digits(7)}",
                                            f"{self.digits(4)}-{self.digits(5)}-{self.digits(2)}")))  # fmt: skip

    def mbi(self) -> str:
        """A Medicare Beneficiary Identifier in its 11-character shape."""
        L, A = "ACDEFGHJKMNPQRTUVWXY", "ACDEFGHJKMNPQRTUVWXY0123456789"
        s = (str(self.r.randrange(1, 10)) + self.pick(L) + self.pick(A) + str(self.r.randrange(10)) + self.pick(L)
             + self.pick(A) + str(self.r.randrange(10)) + self.pick(L) + self.pick(L) + str(self.r.randrange(10))
             + str(self.r.randrange(10)))  # fmt: skip
        return ph("HEALTH_PLAN", f"{s[:4]}-{s[4:7]}-{s[7:]}" if self.chance(0.5) else s)

    def medicaid(self) -> str:
        return ph(
            "HEALTH_PLAN", self.pick((self.digits(9), f"{self.letters(2)}{self.digits(8)}", f"{self.digits(11)}"))
        )

    def dl(self, state: str = "") -> str:
        return ph("LICENSE", self.pick((f"{self.letters(1)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                                        f"{self.letters(1)}{self.digits(7)}", self.digits(9),
                                        f"{self.letters(2)}{self.digits(6)}")))  # fmt: skip

    def license(self, prefix: str = "") -> str:
        """A professional licence number as written (letters that are part of the number included)."""
        return ph("LICENSE", self.pick((f"{prefix}{self.digits(6)}", f"{prefix}-{self.digits(5)}",
                                        f"{self.digits(7)}", f"{prefix}{self.digits(4)}-{self.r.randrange(10, 99)}")))  # fmt: skip

    def dea(self, p: Person) -> str:
        """A DEA registration: two letters (the second the registrant's surname initial) and seven
        digits, the last a check digit."""
        d = [self.r.randrange(10) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return ph("LICENSE", f"{self.pick('ABFM')}{p.surname[0].upper()}{''.join(map(str, d))}{check}")

    def plate(self) -> str:
        return ph("VEHICLE", self.pick((f"{self.digits(1)}{self.letters(3)}{self.digits(3)}", f"{self.letters(3)}-{self.digits(4)}",
                                        f"{self.letters(3)} {self.digits(3)}", f"{self.digits(3)} {self.letters(3)}",
                                        f"{self.digits(1)}-{self.digits(5)}{self.letters(1)}")))  # fmt: skip

    def vin(self) -> str:
        chars = [self.pick(_VIN_CHARS) for _ in range(17)]
        chars[9] = self.pick("PRSTVWXY123456")  # model-year code
        total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS)) % 11
        chars[8] = "X" if total == 10 else str(total)
        return ph("VEHICLE", "".join(chars))

    def serial(self) -> str:
        return ph("DEVICE", self.pick((f"{self.digits(2)}{self.letters(1)}{self.digits(7)}", f"{self.letters(3)}{self.digits(6)}{self.letters(1)}",
                                       f"{self.letters(2)}-{self.digits(2)}-{self.digits(6)}", f"{self.digits(4)}{self.letters(2)}{self.digits(5)}",
                                       f"{self.digits(11)}")))  # fmt: skip

    def imei(self) -> str:
        body = "35" + self.digits(12)
        s = body + luhn_digit(body)
        return ph("DEVICE", s if self.chance(0.5) else f"{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}")

    def ident(self, prefix: str = "", n: int = 7) -> str:
        """An ID span: Rx, order, case, claim, accession, subject, passport numbers."""
        return ph("ID", f"{prefix}{self.digits(n)}")

    def rx(self) -> str:
        return ph("ID", self.pick((self.digits(7), f"{self.digits(7)}-{self.digits(2)}", f"RX{self.digits(7)}")))

    def passport(self, loc: str) -> str:
        return ph(
            "ID",
            f"{self.pick('JKLMNPRSTUVWZ')}{self.digits(7)}" if loc == "or" else f"{self.pick('NPRK')}{self.digits(6)}",
        )

    def money(self, lo: int, hi: int) -> str:
        return f"${self.r.randrange(lo, hi):,}.{self.pick(('00', '00', '50', '25', '75', '10'))}"

    def clock(self, h24: bool = False) -> str:
        h, m = self.r.randrange(6, 21), self.pick((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        if h24:
            return self.pick((f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}"))
        return f"{(h - 1) % 12 + 1}:{m:02d} {self.pick(('AM', 'am') if h < 12 else ('PM', 'pm'))}"


# --- messages ---------------------------------------------------------------------------------

Out = tuple[str, str]  # marked text, case ("", "upper" or "lower")
K = kp


def _drug(w: Writer) -> str:
    return K("drug", w.pick(("metformin 500 mg", "metformin 1000 mg", "lisinopril 10 mg", "amlodipine 5 mg",
                             "atorvastatin 40 mg", "levothyroxine 75 mcg", "Eliquis 5 mg", "sertraline 50 mg",
                             "gabapentin 300 mg", "insulin glargine 22 units", "Ozempic 0.5 mg", "losartan 50 mg",
                             "furosemide 20 mg", "donepezil 10 mg", "tamsulosin 0.4 mg", "omeprazole 20 mg")))  # fmt: skip


def m_telehealth(w: Writer) -> Out:
    """A telehealth visit's chat transcript with speaker labels and clock times."""
    pt = w.person(born=(1938, 1990))
    doc, _ = w.clinician()
    on = w.visit()
    t = w.town()
    host = w.org_domain(w.pick(ORG_WORDS)) if w.chance(0.5) else "telehealth." + w.org_domain(t[0])
    doc_label = f"Dr. {w.name(doc, 's')}" if w.chance(0.6) else w.name(doc, "fl") + ", MD"
    pt_label = w.name(pt, w.pick(("fl", "g", "fl", "UP")))
    h, m = w.r.randrange(8, 17), w.r.randrange(0, 40)

    def ts(k: int) -> str:
        mm = m + k
        return w.pick((f"[{h}:{mm:02d}]", f"[{h:02d}:{mm:02d}]", f"{h}:{mm:02d} -"))

    head = w.pick((
        f"Video visit chat log - {w.dt(on, w.pick(('mdy', 'iso', 'mon_d_y')))}\nVisit ID: {w.ident('TV-', 8)}\n",
        f"CHAT TRANSCRIPT (exported) {w.dt(on, 'mdy_n')}\nPatient MRN {w.mrn()}\n",
        f"Session {w.url(host)} | participant IP {w.ip()}\n",
    ))  # fmt: skip
    old = w.chance(0.3)
    kid_label = ""
    lines = [f"{ts(0)} {doc_label}: Good {w.pick(('morning', 'afternoon'))}, can you hear me ok?"]
    if old:
        kid = w.child_of(pt, born=(1955, 1975))
        age = w.elder(pt, on)
        kid_label = w.name(kid, w.pick(("fl", "g")))
        lines.append(f"{ts(0)} {kid_label}: yes this is {w.pron(pt, 'his')} {w.pron(kid, 'son')}, "
                     f"{w.kin(pt)} is next to me. {w.pron(pt)} is {w.age(age)} so i will type")  # fmt: skip
    else:
        lines.append(
            f"{ts(0)} {pt_label}: {w.pick(('yes', 'yes but video keeps freezing', 'hi doc yes', 'i can hear u'))}"
        )
    lines.append(f"{ts(1)} {doc_label}: Thanks. For safety, please confirm the date of birth.")
    lines.append(f"{ts(1)} {pt_label if not old else kid_label}: {w.dob(pt)}")
    young = w.age_on(pt, on)
    lines.append(f"{ts(2)} {doc_label}: Great. I see {'you are' if not old else w.pron(pt) + ' is'} "
                 f"{w.age(young)} and taking {_drug(w)} - any problems with it?")  # fmt: skip
    reply = w.pick((
        f"sugar was {w.r.randrange(140, 290)} this morning and my feet tingle",
        "no but i ran out 3 days ago, pharmacy said need new rx",
        f"bp at home {w.r.randrange(128, 171)}/{w.r.randrange(78, 99)} yesterday",
        f"dizzy when i stand. my pump serial is {w.serial()} if u need it",
    ))  # fmt: skip
    lines.append(f"{ts(3)} {pt_label if not old else 'Caregiver'}: {reply}")
    plan = w.pick((
        f"I'll send the refill to {w.facility('Pharmacy', t)} and order an {K('code', 'A1c')} (we'll code {K('code', 'E11.65')}).",
        f"Let's get labs at the {K('department', 'Neurology')} lab before the next visit; coding this as {K('code', 'E11.42')} / {K('code', '99214')}.",
        f"Please hold {_drug(w)} until we talk again. I'm billing {K('code', '99213')} with modifier 95.",
    ))  # fmt: skip
    lines.append(f"{ts(4)} {doc_label}: {plan}")
    nxt = w.visit()
    lines.append(
        f"{ts(5)} {doc_label}: If we drop I will call {w.phone(t)}. Next video visit {w.dt(nxt, w.pick(('wd_md', 'wdd_month_d', 'month_dth', 'md')))} at {w.clock()}."
    )
    if w.chance(0.5):
        lines.append(f"{ts(6)} {pt_label if not old else 'Caregiver'}: ok. pls send summary to {w.email(pt)}")
    lines.append(
        w.pick(
            (
                f"-- {doc_label} left the session --",
                "-- session ended --",
                f"-- recording off. {w.ip()} disconnected --",
            )
        )
    )
    return head + "\n".join(lines), ""


def m_checkin_bot(w: Writer) -> Out:
    """SMS verification-code and check-in bot with the patient's replies. One-time codes and short
    codes are not PHI."""
    t = w.town()
    org_words = w.pick(ORG_WORDS)
    org = ph("FACILITY", f"{org_words} {w.pick(('Health', 'Clinic', 'Medical Group', 'Family Medicine'))}")
    short = str(w.r.randrange(22000, 99999))
    code = w.digits(6)
    pt = w.person()
    doc = w.person(born=(1960, 1990))
    on = w.visit()
    me = w.pick(("Me", "You", ">"))
    bot = w.pick((f"From {short}", short, f"{short} (text)"))
    lines = [f"{bot}: {org}: your verification code is {code}. It expires in 10 minutes. Do not share it."]
    lines.append(f"{me}: {code}")
    lines.append(f"{bot}: Thanks! To check in for your appt on {w.dt(on, w.pick(('wd_md', 'md', 'mon_d', 'wd_mdy')))} at {w.clock()} "
                 f"with Dr. {w.name(doc, 's')}, reply with the ZIP code on file.")  # fmt: skip
    lines.append(f"{me}: {w.zip(t, plus4=0.0)}")
    who = w.name(pt, w.pick(("fl", "UP", "gi")))
    lines.append(f"{bot}: We found {w.pick(('MRN', 'record', 'Patient #'))} {w.mrn()}. Is this {who}? Reply Y or N.")
    lines.append(f"{me}: " + w.pick((
        "Y", "yes", f"Y but its my {w.pick(('daughter', 'son', 'husband', 'mother'))}s appt",
        "Y. is parking free?", "y running 10 min late",
    )))  # fmt: skip
    more = [
        f"{bot}: Copay due: {w.money(20, 60)}. Pay now: {w.url('pay.' + w.org_domain(org_words))} (acct {w.account()})",
        f"{bot}: Your insurance on file: {K('insurer', w.pick(INSURERS))} member {w.member_id()}. Reply C if correct.",
        f"{bot}: New sign-in to your portal from {w.ip(private=0.0)}. Not you? Call {w.phone(t)}.",
        f"{bot}: Please complete the {w.pick((K('code', 'PHQ-9'), K('eponym', 'Morse'), K('eponym', 'Epworth')))} form before your visit: {w.url('forms.' + w.org_domain(org_words))}",
    ]
    w.r.shuffle(more)
    lines += more[: w.r.randrange(1, 3)]
    lines.append(f"{me}: " + w.pick(("C", "STOP", "ok", "thx", "HELP", "what is this charge??")))
    if w.chance(0.4):
        lines.append(f"{bot}: Reply STOP to opt out. Msg&data rates may apply. {short}")
    return "\n".join(lines), ""


def m_pet_mixup(w: Writer) -> Out:
    """Pharmacy and veterinary mix-ups: a pet's prescription in the owner's bag. The pet's name is
    not PHI; the owner's surname on the pet's label is."""
    owner = w.person()
    pet = w.pick(PET_NAMES)
    t = w.town()
    vet, _ = w.clinician("DVM")
    rph, rph_name = w.clinician("RPh", "fl")
    on = w.visit()
    pharm = w.facility("Pharmacy", t)
    clinic = ph("FACILITY", f"{w.pick(ORG_WORDS)} {w.pick(('Animal Hospital', 'Veterinary Clinic', 'Pet Clinic'))}")
    pet_drug = K("drug", w.pick(("Apoquel 16 mg", "carprofen 75 mg", "Rimadyl 100 mg", "phenobarbital 30 mg",
                                 "levothyroxine 0.5 mg", "gabapentin 100 mg", "Vetmedin 5 mg")))  # fmt: skip
    label = f"{pet.upper()} {ph('NAME', owner.surname.upper())}"
    msg = w.pick((
        f"Hi, this is {w.name(owner, 'fl')}. I picked up 2 bags at your {ph('LOCATION', t[0])} store on {w.dt(on, w.pick(('md', 'mon_d', 'wd_md')))} "
        f"and one label says {label} - {pet_drug}. That's my {w.pick(('dog', 'cat'))}'s Rx (#{w.rx()}) from Dr. {w.name(vet, 's')} at {clinic}, "
        f"but my own {_drug(w)} isn't in there." + (f" The label shows the vet's DEA {w.dea(vet)}." if w.chance(0.4) else ""),
        f"hello pharmacy. my husband grabbed the wrong bag?? it says {label}, {pet_drug}. {pet} is our {w.pick(('dog', 'cat'))} lol. "
        f"where is MY refill, Rx {w.rx()}, for {w.name(owner, w.pick(('fl', 'UP')))} DOB {w.dob(owner)}",
        f"Dear {pharm}, the vet ({clinic}, Dr. {w.name(vet, 's')}) sent {pet}'s prescription under my name {w.name(owner, 'lf')} "
        f"and now my insurance ({K('insurer', w.pick(INSURERS))}) shows a claim for {pet_drug}. Please reverse it. Pet insurance is {K('insurer', 'Trupanion')}.",
    ))  # fmt: skip
    reply = w.pick((
        f"Hi {w.title(owner)}{w.name(owner, 's')}, thanks for letting us know. Please bring {pet}'s bag back; your Rx {w.rx()} "
        f"will be ready {w.dt(w.visit(), w.pick(('wd_md', 'wdd_month_d', 'md')))} after {w.clock()}. - {rph_name}",
        f"We're sorry! I've called {clinic} at {w.phone(t)} to fix the profile. Your own Rx is ready now. {rph_name}",
        f"Hello, this is {rph_name} at {pharm}. The claim was reversed today. {pet}'s meds are on a separate profile now. "
        f"Questions: {w.phone(t, ext=0.5)}.",
    ))  # fmt: skip
    return f"{msg}\n\n{w.pick(('Reply:', '--- reply ---', 'Pharmacy:'))} {reply}", ""


def m_meal_train(w: Writer) -> Out:
    """A faith community's meal-train or visit sign-up for a family (elders over 90, a drop-off address)."""
    elder = w.person(born=(1925, 1935))
    on = w.visit()
    age = w.elder(elder, on)
    t = w.town()
    fam = w.child_of(elder, born=(1955, 1980))
    if elder.loc == "or":
        hub = ph(
            "FACILITY",
            w.pick((f"Jagannath Temple of {t[0]}", f"Odia Society of {t[0]}", f"{w.pick(ORG_WORDS)} Hindu Temple")),
        )
        foods = ("dal + rice", "khichdi", "dalma", "pakhala + fried fish", "upma", "fruit", "groceries", "ride to PT")
    else:
        hub = ph(
            "FACILITY",
            w.pick(
                (f"Islamic Center of {t[0]}", f"{w.pick(ORG_WORDS)} Masjid", f"St. George Orthodox Church of {t[0]}")
            ),
        )
        foods = (
            "lentil soup",
            "mujaddara",
            "maqluba",
            "fattoush",
            "fruit",
            "groceries",
            "ride to PT",
            "rice + chicken",
        )
    hosp = w.facility(w.pick(("Medical Center", "Regional Hospital", "Rehab")), t)
    kin = w.kin(elder) if w.chance(0.5) else ""
    who = (
        f"{kin} ({w.title(elder)}{w.name(elder, 'fl')}, {w.age(age)})"
        if kin
        else f"{w.title(elder)}{w.name(elder, 'fml')} ({w.age(age)})"
    )
    head = w.pick(("MEAL TRAIN", "Meal train", "VISIT + MEALS SIGN-UP", "Sign-up sheet"))
    lines = [f"{head} for the {ph('NAME', elder.surname)} family - {hub} volunteers",
             f"{who} came home from {hosp} on {w.dt(on, w.pick(('md', 'mon_d', 'month_d')))} after "
             f"{w.pick(('a hip fracture', 'pneumonia', 'a fall', 'heart failure'))}. {w.pick(('No visitors after 7pm pls.', 'Low salt, soft foods.', w.pron(elder).title() + ' is diabetic - no sweets!', w.pron(elder).title() + ' tires easily, short visits.'))}",
             f"Drop-off: {w.address(t)} - {w.pick(('leave cooler on porch', 'ring once', 'side door', 'text first'))}"]  # fmt: skip
    d = on + timedelta(days=w.r.randrange(2, 6))
    for _ in range(w.r.randrange(3, 6)):
        vol = w.person()
        who = w.pick((w.name(vol, "gi"), w.name(vol, "fl"), w.name(vol, "g"), "OPEN", "OPEN"))
        food = w.pick(foods)
        lines.append(f"- {w.dt(d, w.pick(('wd_md', 'md', 'wd_md')))}  {who}{'' if who == 'OPEN' else '  ' + food}")
        d += timedelta(days=1)
    lines.append(w.pick((
        f"Questions: text {w.name(fam, 'g')} at {w.phone(t)} or {w.email(fam)}",
        f"Coordinator: {w.name(fam, 'fl')} {w.phone(t)}",
    )))  # fmt: skip
    if w.chance(0.45):
        lines.append(
            f"Parking: {w.name(fam, 'g')}'s {w.pick(('white van', 'gray SUV', 'red pickup'))} ({t[1]} plate {w.plate()}) is in the driveway - park on street"
        )
    if w.chance(0.3):
        lines.append(f"{w.name(elder, 'g')} takes {_drug(w)} at 6pm; please don't bring grapefruit.")
    return "\n".join(lines), ""


def m_ombudsman(w: Writer) -> Out:
    """Letters to a long-term-care ombudsman about a resident (ages over 90, Medicaid IDs, fax)."""
    res = w.person(born=(1925, 1935), middle=0.4)
    on = w.visit()
    age = w.elder(res, on)
    t = w.town()
    kid = w.child_of(res, born=(1952, 1975))
    home = ph(
        "FACILITY",
        f"{w.pick(ORG_WORDS)} {w.pick(('Nursing & Rehab', 'Care Center', 'Health and Rehabilitation', 'Manor'))}",
    )
    don, don_name = w.clinician("RN", "fl")
    falls = [on - timedelta(days=w.r.randrange(10, 60)), on - timedelta(days=w.r.randrange(1, 9))]
    parts = [w.pick(("To the Long-Term Care Ombudsman,", "Dear Ombudsman,", "Office of the LTC Ombudsman - complaint")),
             f"Re: my {w.pron(res, 'father')}, {w.pick((w.title(res) + w.name(res, w.pick(('fml', 'fl'))), w.name(res, 'lf')))}, "
             f"{w.age(age, words=0.4)}, resident of {home}, Room {w.r.randrange(100, 450)}{w.pick('AB')}",
             f"{w.pick(('I am writing about', 'I want to report', 'Please look into'))} {w.pick(('two falls', 'a pressure injury', 'missed medications', 'being left in bed'))} "
             f"since {w.dt(falls[0], w.pick(('month_d', 'mdy_n', 'mon_d')))}. On {w.dt(falls[1], w.pick(('md', 'month_dth', 'wdd_month_d')))} "
             f"{'he' if res.sex == 'm' else 'she'} was found on the floor and nobody called me for {w.r.randrange(3, 19)} hours. "
             f"The DON, {don_name}, told me {'his' if res.sex == 'm' else 'her'} {K('eponym', w.pick(('Morse', 'Braden', 'Norton')))} score was fine.",
             f"{w.pron(res, 'his').title()} {K('insurer', 'Medicaid')} ID is {w.medicaid()}" + (f" and {K('insurer', 'Medicare')} number {w.mbi()}." if w.chance(0.5) else "."),
             ]  # fmt: skip
    if w.chance(0.5):
        parts.append(
            f"I asked for the records (resident ID {w.ident('R', 6)}) and was refused. The facility fax is {w.phone(t, kind='FAX')}."
        )
    if w.chance(0.3):
        parts.append(f"The aide's certificate number was {w.license('CNA')}, I wrote it down.")
    if w.chance(0.3):
        parts.append(
            f"For the Medicaid redetermination they asked for {'his' if res.sex == 'm' else 'her'} SSN again: {w.ssn()}."
        )
    parts.append(w.pick(("Sincerely,", "Thank you,", "Regards,")) + "\n" + w.name(kid, "fl") + "\n" + w.pick((
        f"{w.phone(t)} | {w.email(kid)}", f"{w.address(t)}\n{w.phone(t)}", f"{w.email(kid)}")))  # fmt: skip
    return "\n".join(parts), ""


def m_voice_assistant(w: Writer) -> Out:
    """A smart-speaker history: requests and answers, all lower case."""
    owner = w.person(born=(1935, 1965))
    t = w.town()
    on = w.visit()
    kid = w.child_of(owner, born=(1960, 1990))
    doc = w.person(born=(1960, 1990))
    lines = [
        w.pick(
            ("voice history - kitchen speaker", "assistant activity log", "echo history export", "smart speaker log")
        )
    ]
    d = on
    entries = [
        lambda: f'"assistant, remind me to take {_drug(w)} at 8" -> reminder set for 8:00 am',
        lambda: (
            f'"call dr {w.name(doc, "s")}\'s office" -> calling {w.facility(w.pick(("Podiatry", "Eye Associates", "Family Medicine")), t)} {w.phone(t)}'
        ),
        lambda: (
            f'"what\'s my appointment tomorrow" -> "{w.dt(d + timedelta(days=1), w.pick(("wd_md", "wdd_month_d", "month_dth")))} at {w.clock()}, {w.pick(("eye exam", "foot check", "blood work"))}"'
        ),
        lambda: (
            f'"send a message to {w.name(kid, "g")}: {w.pick(("bou fell again please come", "need milk and my pills", "call me"))}" -> sent to {w.name(kid, "fl")}'
        ),
        lambda: f'"navigate to {ph("ADDRESS", w.street(unit=0.0))}" -> {w.pick(("route ready", "12 min by car"))}',
        lambda: f'"add {w.pick(("test strips", "depends", "ensure", "gauze"))} to shopping list" -> added',
        lambda: (
            f'"what is my blood pressure" -> "your last reading was {w.r.randrange(118, 170)} over {w.r.randrange(70, 98)}"'
        ),
        lambda: f'"call {w.name(kid, w.pick(("g", "fl")))}" -> calling {w.phone(t)}',
    ]
    minute = w.r.randrange(6 * 60, 12 * 60)
    for fn in w.r.sample(entries, w.r.randrange(4, 7)):
        h, m = divmod(minute, 60)
        stamp = f"{w.dt(d, w.pick(('wd_md', 'md', 'wd_md', 'mon_d')))} {(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        lines.append(f"{stamp}  {fn()}")
        minute += w.r.randrange(20, 300)
        if minute >= 22 * 60:
            d += timedelta(days=1)
            minute = w.r.randrange(6 * 60, 10 * 60)
    if w.chance(0.4):
        lines.append(
            f"device: {w.pick(('kitchen speaker', 'bedroom display'))} serial {w.serial()} | account {w.email(owner)}"
        )
    if w.chance(0.3):
        lines.append(f"home address on file: {w.address(t, unit=0.1)}")
    return "\n".join(lines), "lower"


def m_lost_found(w: Writer) -> Out:
    """Hospital lost-and-found inquiries (hearing aids, CPAPs, phones: their serials and IMEIs are DEVICE)."""
    pt = w.person(born=(1930, 1975))
    on = w.visit()
    t = w.town()
    kid = w.child_of(pt, born=(1955, 1995))
    hosp = w.facility(w.pick(("General", "Medical Center", "Regional Medical Center")), t)
    item, ser = w.pick((
        (f"right hearing aid ({K('maker', w.pick(('Phonak', 'Oticon', 'Starkey')))}, serial", w.serial()),
        (f"CPAP ({K('maker', 'ResMed')} {K('model', 'AirSense 11')}, SN", w.serial()),
        ("phone (IMEI", w.imei()),
        (f"glucose meter ({K('maker', w.pick(('Abbott', 'Dexcom')))} reader, serial", w.serial()),
    ))  # fmt: skip
    unit = w.pick(("4 West", "ICU", "Room 418", "the ED", "5 North", "Bed 12"))
    body = w.pick((
        f"Subject: lost item - {unit}\n\nHello {K('department', 'Security')} / Lost & Found,\nMy {w.pron(pt, 'father')} "
        f"{w.name(pt, 'fl')} was discharged from {hosp} on {w.dt(on, w.pick(('mdy', 'mon_d_y', 'md')))} and we can't find "
        f"the {item} {ser}). It was in a {w.pick(('blue', 'black', 'pink'))} case on the bedside table.",
        f"hi, left my {item} {ser}) in {unit} at {hosp} {w.dt(on, w.pick(('md', 'wd_md')))}. name on the case is {w.name(pt, w.pick(('UP', 'fl', 'ii')))}.",
        f"Dear {K('department', 'Patient Relations')},\nDuring {w.name(pt, 'fl')}'s stay ({w.dt(on - timedelta(days=3), 'md')} - {w.dt(on, 'md')}) "
        f"the {item} {ser}) went missing along with dentures marked {w.name(pt, 'ii')}.",
    ))  # fmt: skip
    tail = []
    if w.chance(0.6):
        tail.append(f"Claim ticket {w.ident('LF-', 6)}.")
    if w.chance(0.5):
        tail.append(f"MRN {w.mrn()} if that helps.")
    tail.append(w.pick((
        f"Please mail it to {w.address(t)} or call me at {w.phone(t)}.",
        f"You can reach me at {w.phone(t)} or {w.email(kid)}.",
        f"I can pick it up {w.dt(on + timedelta(days=w.r.randrange(1, 6)), w.pick(('wd_md', 'wdd_month_d')))}. {w.name(kid, 'fl')}, {w.phone(t)}",
    )))  # fmt: skip
    return body + "\n" + " ".join(tail), ""


def m_study_stipend(w: Writer) -> Out:
    """Research-study stipend and payment-card questions (subject IDs, card accounts, SSN for tax forms)."""
    pt = w.person()
    crc, crc_name = w.clinician("CRC", "fl")
    t = w.town()
    on = w.visit()
    inst = ph(
        "FACILITY",
        f"{w.pick(ORG_WORDS)} {w.pick(('Research Institute', 'Clinical Research Center', 'Research Partners'))}",
    )
    study = w.pick(("KNEE-OA", "SLEEP-RISE", "HEART-FIT", "GLU-STEP", "MEMORY-2"))
    nct = K("code", f"NCT0{w.digits(7)}")
    subj = w.ident(f"{study[:3]}-", 3)
    a = w.pick((
        f"Hi {w.name(pt, 'g')}, this is {crc_name} from the {study} study ({nct}) at {inst}. Your payment card for subject {subj} "
        f"was loaded {w.money(25, 150)} for visit {w.r.randrange(2, 9)} ({w.dt(on, w.pick(('md', 'mon_d')))}).",
        f"From: {w.email(crc, w.org_domain('research' + study))}\nTo: {w.email(pt)}\nSubject: {study} stipend - subject {subj}\n\n"
        f"Dear {w.title(pt)}{w.name(pt, 's')},\nYour visit on {w.dt(on, 'month_d_y')} has been paid. Please allow 2 business days.",
    ))  # fmt: skip
    b = w.pick((
        f"thanks! the card number is {w.card()} but the balance shows $0. also do you need my SSN for the 1099? its {w.ssn()}",
        f"I never got the card. my address changed to {w.address(t)}. can you mail a new one?",
        f"The portal {w.url('clincard.' + w.org_domain(study))} says my login from {w.ip(private=0.0)} was blocked.",
        f"hi, its {w.name(pt, 'fl')}. the W-9 form asked for SSN {w.ssn()} and address {w.address(t)} - is that safe to email?",
    ))  # fmt: skip
    c = w.pick((
        f"Thanks {w.name(pt, 'g')} - please don't send your SSN by text. Call me at {w.phone(t, ext=0.4)}. {w.name(crc, 'g')}",
        f"I've reported it to our {K('department', 'Research Pharmacy')} and finance team. New card in 7-10 days.",
        f"Got it. Next visit {w.dt(w.visit(), w.pick(('wdd_month_d', 'wd_md', 'month_dth')))} - bring your {_drug(w)} bottle please.",
    ))  # fmt: skip
    return f"{a}\n\n> {b}\n\n{c}", ""


def m_mail_order(w: Writer) -> Out:
    """Mail-order pharmacy shipping updates and the patient's replies (tracking, order and member numbers)."""
    pt = w.person()
    t = w.town()
    t2 = w.town() if w.chance(0.3) else t
    on = w.visit()
    ph_name = f"{w.pick(ORG_WORDS)} {w.pick(('Mail Pharmacy', 'Specialty Pharmacy', 'Rx Direct'))}"
    pharm = ph("FACILITY", ph_name)
    track = ph("ID", w.pick((f"1Z{w.letters(1)}{w.digits(1)}{w.letters(2)}{w.digits(12)}", f"9400 1{w.digits(3)} {w.digits(4)} {w.digits(4)} {w.digits(4)} {w.digits(2)}",
                             f"{w.digits(12)}")))  # fmt: skip
    cold = K("drug", w.pick(("insulin lispro", "Humira 40 mg", "Enbrel 50 mg", "Ozempic 1 mg", "insulin aspart")))
    first = w.pick((
        f"{pharm}: Order #{w.ident('W', 6)} shipped {w.dt(on, w.pick(('wd_md', 'md', 'mon_d')))} via {w.pick(('UPS', 'FedEx', 'USPS'))}, tracking {track}. Contains refrigerated item ({cold}).",
        f"ORDER UPDATE - {pharm}\nShip to: {w.name(pt, 'UP')}\n{w.address(t, sep=chr(10)).upper()}\nStatus: delayed (weather). Tracking {track}",
    ))  # fmt: skip
    reply = w.pick((
        f"this isnt my address anymore!! i moved to {w.address(t2)}. member id on my card is {w.member_id()}",
        f"Hi, the box came {w.dt(on + timedelta(days=2), w.pick(('md', 'wd_md')))} warm. the {cold} was not cold. who do I call? {w.phone(t)}",
        f"can you send the {K('model', w.pick(('Dexcom G7', 'FreeStyle Libre 3')))} sensors too? reader serial {w.serial()}. my {K('insurer', w.pick(INSURERS))} ID {w.member_id()}",
    ))  # fmt: skip
    agent = w.person()
    resp = w.pick((
        f"Thanks {w.title(pt)}{w.name(pt, 's')}, I've updated the address and reshipped. New tracking in your portal: {w.url('rx.' + w.org_domain(ph_name))}. - {w.name(agent, 'gi')}",
        f"Sorry about that. A replacement ships {w.dt(on + timedelta(days=3), w.pick(('wdd_month_d', 'month_dth', 'md')))}. Please discard the warm pens. Ref {w.ident('C', 8)}.",
        f"We need a new Rx from your doctor for that. Fax: {w.phone(t, kind='FAX')}. - {w.name(agent, 'g')}, {pharm}",
    ))  # fmt: skip
    return f"{first}\n\nReply: {reply}\n\n{resp}", ""


def m_funeral(w: Writer) -> Out:
    """A funeral home and a hospital's decedent-affairs office arranging a release (age, date of death,
    medical-examiner case, funeral-director licence, removal vehicle)."""
    dec = w.person(born=(1925, 1950), middle=0.4)
    on = w.visit()
    age = w.elder(dec, on) if w.chance(0.75) else w.age_on(dec, on)
    t = w.town()
    fd = w.person(born=(1960, 1990))
    home_name = f"{fd.surname if w.chance(0.5) else w.pick(ORG_WORDS)} Funeral Home"
    home = ph("FACILITY", home_name)
    hosp = w.facility(w.pick(("Medical Center", "Regional Hospital", "Hospice House")), t)
    dod = on - timedelta(days=w.r.randrange(0, 3))
    head = f"From: {w.name(fd, 'fl')} <{w.email(fd, w.org_domain(home_name))}>\nTo: {K('department', 'Decedent Affairs')}, {hosp}\nSubject: release - {w.name(dec, 'lf')}\n"
    body = [
        w.pick(("Good morning,", "Hello,", "To whom it may concern:")),
        f"We have been retained by the family of {w.name(dec, w.pick(('fml', 'fl')))} (DOD {w.dt(dod, w.pick(('mdy', 'mdy_n', 'iso')))}, "
        f"age {w.age(age, words=0.0)}) to arrange transfer {w.pick(('to our chapel', 'for cremation', 'for burial abroad'))}.",
    ]  # fmt: skip
    if w.chance(0.6):
        body.append(f"The county ME released case {w.ident(f'ME{on.year % 100}-', 4)} this morning (no autopsy).")
    if w.chance(0.5):
        body.append(f"Our removal vehicle is a {w.pick(('gray Ford Transit', 'black Cadillac XTS', 'white Chevy Express'))}, "
                    f"plate {w.plate()}" + (f", VIN {w.vin()}" if w.chance(0.4) else "") + ".")  # fmt: skip
    if w.chance(0.5):
        body.append(f"The family wishes to repatriate to {ph('LOCATION', w.pick(ODISHA_TOWNS + ARAB_TOWNS)[0])}; the next of kin, "
                    f"{w.name(w.child_of(dec, born=(1950, 1985)), 'fl')}, can be reached at {w.phone(t)}.")  # fmt: skip
    body.append(f"Please fax the signed release to {w.phone(t, kind='FAX')}.")
    body.append(f"{w.name(fd, 'fl')}, Funeral Director (Lic. {w.license('FD')})\n{home}\n{w.phone(t)}")
    return head + "\n" + "\n".join(body), ""


def m_travel_claim(w: Writer) -> Out:
    """Travel-insurance claims after an illness abroad (policy numbers, passports, hospitals and phones abroad)."""
    pt = w.person()
    if pt.loc == "or":
        town, code, currency = w.pick(ODISHA_TOWNS)[0], "91", "INR"
    else:
        town, country, code = w.pick(ARAB_TOWNS)
        currency = {"Jordan": "JOD", "Palestine": "ILS", "Saudi Arabia": "SAR", "Lebanon": "USD", "Egypt": "EGP"}[
            country
        ]
    hosp = w.abroad_hospital(pt.loc, town)
    hosp_words = re.sub(r"[\x01-\x04]|FACILITY", "", hosp).split(" Hospital")[0]
    a = w.visit()
    b = a + timedelta(days=w.r.randrange(2, 9))
    t = w.town()
    insurer = K("insurer", w.pick(("GeoBlue", "Allianz Travel", "IMG Global", "Seven Corners")))
    dx = w.pick(
        (
            ("dengue", "A90"),
            ("typhoid", "A01.00"),
            ("a kidney stone", "N20.0"),
            ("pneumonia", "J18.9"),
            ("a fractured wrist", "S52.501A"),
        )
    )
    style = w.pick(("d_month_y", "dmy", "dmy_dot", "d_mon_y", "mon_d_y"))
    parts = [
        w.pick(("Dear Claims Team,", "To: claims dept", "Hello,")),
        f"Policy number: {ph('HEALTH_PLAN', w.pick((f'TRV-{w.digits(4)}-{w.digits(4)}', f'{w.letters(2)}{w.digits(8)}')))} ({insurer})",
        f"Insured: {w.name(pt, w.pick(('fl', 'UP', 'lf')))}, passport {w.passport(pt.loc)}",
        f"I was admitted to {hosp} in {ph('LOCATION', town)} from {w.dt(a, style)} to {w.dt(b, style)} with {dx[0]} ({K('code', dx[1])}).",
        w.pick((
            f"Hospital billing: {w.intl_phone(code)}, fax {w.intl_phone(code, 'FAX')}.",
            f"The treating doctor was Dr. {w.name(w.person(pt.loc), 'fl')} ({w.intl_phone(code)}).",
            f"Their billing e-mail is {ph('EMAIL', 'billing@' + w.org_domain(hosp_words))}.",
        )),
        f"{w.pick(('Bills total', 'Total paid'))} {currency} {w.r.randrange(300, 90000):,}. Claim {w.ident('CLM', 8)}.",
    ]  # fmt: skip
    if w.chance(0.5):
        parts.append(f"Please reimburse to account {w.account()} or mail a check to {w.address(t)}.")
    parts.append(
        w.pick(
            (
                f"My US number is {w.phone(t)}.",
                f"Reply to {w.email(pt)}.",
                f"{w.name(pt, 'fl')}\n{w.phone(t)}\n{w.email(pt)}",
            )
        )
    )
    return "\n".join(parts), ""


def m_accommodation(w: Writer) -> Out:
    """Tenants asking a clinic for a reasonable-accommodation or support-animal letter for a landlord."""
    pt = w.person(born=(1960, 2004))
    t = w.town()
    doc, _ = w.clinician()
    pm_words = w.pick(ORG_WORDS)
    pm = ph("FACILITY", f"{pm_words} {w.pick(('Property Management', 'Apartments', 'Housing Authority', 'Realty'))}")
    mgr = w.person()
    on = w.visit()
    pet = w.pick(PET_NAMES)
    need = w.pick(
        (
            f"my emotional support {w.pick(('dog', 'cat'))} {pet}",
            "a first-floor unit (knee)",
            "a reserved parking spot",
            "a grab bar in the bathroom",
        )
    )
    parts = [
        w.pick((f"Hi Dr. {w.name(doc, 's')},", f"Dear Dr. {w.name(doc, 'fl')}:", f"hello dr {w.name(doc, 's', lower=True)}")),
        f"My landlord ({pm}) says I need a letter from you for {need} at my apartment, {w.address(t, unit=0.9)}.",
        w.pick((
            f"The manager is {w.name(mgr, 'fl')}, fax {w.phone(t, kind='FAX')} or {ph('EMAIL', 'leasing@' + w.org_domain(pm_words))}.",
            f"Please send it to the leasing office, attn {w.name(mgr, 'fl')}, {w.phone(t, ext=0.5)}.",
        )),
        f"{w.pick(('My MRN is', 'my chart # is', 'Patient ID'))} {w.mrn()}{w.pick((' I think.', '.', ''))} I was seen {w.dt(on, w.pick(('month_d', 'md', 'mon_d', 'month_dth')))} for "
        f"{w.pick((K('code', 'F41.1'), K('code', 'M17.11'), K('code', 'F43.10'), 'my anxiety', 'my knee'))}.",
    ]  # fmt: skip
    if w.chance(0.35):
        parts.append(f"They also want my DOB ({w.dob(pt)}) on it - is that required?")
    parts.append(w.pick(("Thank you!", "thx", "Thanks so much,")) + " " + w.name(pt, w.pick(("fl", "g", "gi"))))
    if w.chance(0.3):
        parts.append(
            f"Staff note: letter faxed {w.dt(on + timedelta(days=4), 'md')}, {K('code', '99080')} form fee waived."
        )
    return "\n".join(parts), ""


def m_concussion(w: Writer) -> Out:
    """School sport concussion and return-to-play e-mails between coach, parent and athletic trainer."""
    kid = w.person(born=(2007, 2013), middle=0.0)
    parent = w.child_of(kid, born=(1972, 1988))
    parent.surname = kid.surname
    coach = w.person(born=(1965, 1995))
    atc = w.person(born=(1975, 1998))
    t = w.town()
    school_name = (
        f"{t[0] if w.chance(0.5) else w.pick(ORG_WORDS)} {w.pick(('High School', 'Middle School', 'Academy'))}"
    )
    school = ph("FACILITY", school_name)
    inj = w.visit()
    on = inj + timedelta(days=w.r.randrange(3, 12))
    age = w.age_on(kid, on)
    sport = w.pick(("JV soccer", "varsity football", "girls basketball", "wrestling", "club volleyball", "lacrosse"))
    parts = [
        f"From: Coach {w.name(coach, w.pick(('s', 'fl')))}\nTo: {w.name(atc, 'fl')}, ATC; {w.name(parent, 'fl')}",
        f"Subject: {w.name(kid, w.pick(('fl', 'UP', 'lf')))} #{w.r.randrange(1, 99)} ({sport}) - hit {w.dt(inj, w.pick(('md', 'mon_d')))}",
        "",
        f"{w.name(atc, 'g')}, {w.name(kid, 'g')} ({age}) took a hit {w.pick(('vs', 'at'))} {ph('LOCATION', w.town()[0])} and sat out. "
        f"{w.pron(kid, 'his').title()} {K('code', 'SCAT5')} on the sideline was {w.r.randrange(4, 22)} symptoms. Can {w.pron(kid)} play {w.dt(on, w.pick(('wd_md', 'wdd_month_d')))}?",
        "",
        f"> {w.name(atc, 'fl')}, ATC (lic. {w.license('AT')}) wrote:",
        f"> {w.name(kid, 'g')} is on step {w.r.randrange(2, 6)} of the return-to-play protocol. Dr. {w.name(w.person(), 's')} at "
        f"{w.facility('Sports Medicine', t)} saw {w.pron(kid, 'him')} {w.dt(inj + timedelta(days=2), w.pick(('md', 'mdy_s', 'iso')))} "
        f"(dx {K('code', 'S06.0X0A')}, {K('code', '99203')}). No full contact until cleared in writing.",
    ]  # fmt: skip
    if w.chance(0.5):
        parts.append(f"> Parent contact: {w.phone(t)}; student ID {w.ident('', 7)}")
    if w.chance(0.4):
        parts.append(f"\nSent from {school} athletics | {w.email(coach, w.org_domain(school_name))}")
    return "\n".join(parts), ""


def m_med_id(w: Writer) -> Out:
    """Medical-ID bracelet engraving orders: the engraving lines, the customer's corrections."""
    pt = w.person()
    t = w.town()
    kid = w.child_of(pt, born=(1960, 2000))
    co = w.pick(("SafeBand", "LifeTag", "MedLink ID", "AlertCharm"))
    cond = w.pick((("TYPE 1 DIABETIC", "insulin pump"), ("ON BLOOD THINNER", "Eliquis 5 mg"), ("EPILEPSY", "levetiracetam 500 mg"),
                   ("PACEMAKER", "pacemaker"), ("ALLERGIC TO PENICILLIN", "EpiPen")))  # fmt: skip
    lines = [f"{co} order #{w.ident('MB-', 7)} - engraving proof",
             f"Line 1: {w.name(pt, 'UP')}",
             f"Line 2: DOB {w.dob(pt, w.pick(('mdy', 'dmony', 'iso')))}",
             f"Line 3: {cond[0]}",
             f"Line 4: ICE {w.name(kid, w.pick(('g', 'UP')))} {w.phone(t)}"]  # fmt: skip
    if w.chance(0.5):
        lines.append(f"Line 5: MRN {w.mrn()}")
    lines.append(f"Profile: {w.url('id.' + w.org_domain(co), '/p/' + w.letters(3) + w.digits(5))}")
    lines.append(f"Customer account {w.account()} | ship to {w.address(t)}")
    if w.chance(0.4):
        lines.append(f"(order placed from {w.ip(private=0.0)})")
    lines.append("")
    lines.append(w.pick((
        f"Customer reply: please change line 3 to \"{cond[0]} - {K('drug', cond[1].upper()) if cond[1][0].isupper() or ' mg' in cond[1] else cond[1].upper()}\". and my {w.pron(kid, 'son')}'s number changed to {w.phone(t)}",
        f"Customer reply: spelling of my name is {w.name(pt, w.pick(('fl', 'fml')))} not {ph('NAME', pt.given.upper()[:-1] + ' ' + pt.surname.upper())}!",
        f"Customer reply: looks good. can you also add \"{K('insurer', w.pick(INSURERS))}\"? {w.email(pt)}",
    )))  # fmt: skip
    return "\n".join(lines), ""


def m_neighbours(w: Writer) -> Out:
    """A neighbourhood group chat worried about an elderly neighbour (ages over 90, address, plates)."""
    old = w.person(born=(1925, 1934))
    on = w.visit()
    age = w.elder(old, on)
    t = w.town()
    kid = w.child_of(old, born=(1950, 1975))
    far = w.town()
    people = [w.person() for _ in range(3)]
    day = w.pick(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    h = w.r.randrange(6, 10)

    def who(i: int) -> str:
        return w.name(people[i % 3], w.pick(("gi", "g", "fl", "g")))

    ref = f"{w.title(old)}{w.name(old, 's')}" if w.chance(0.6) else f"{w.kin(old)} {w.name(old, 'g')}"
    lines = [
        f"[{day} {h}:{w.r.randrange(10, 40)} PM] {who(0)}: has anyone seen {ref} today? newspapers still on the porch",
        f"[{day} {h}:{w.r.randrange(40, 59)} PM] {who(1)}: no. {w.pron(old, 'his')} {w.pron(kid, 'son')} {w.name(kid, 'g')} lives in {ph('LOCATION', far[0])}, I have the number {w.phone(far)}",
        f"[{day} {h + 1}:0{w.r.randrange(0, 9)} PM] {who(2)}: {w.pick(('guys', 'folks', 'ok'))} {w.pron(old)} is {w.age(age, words=0.3)}, I'm calling the non-emergency line",
        f"[{day} {h + 1}:{w.r.randrange(10, 50)} PM] {who(0)}: police at {ph('ADDRESS', w.street(unit=0.0))} now. ambulance took {w.pron(old, 'him')} to {w.facility(w.pick(('Medical Center', 'General', 'Regional')), t)}",
    ]  # fmt: skip
    if w.chance(0.5):
        lines.append(
            f"[{day} {h + 2}:0{w.r.randrange(0, 9)} PM] {who(1)}: {w.pron(old, 'his')} car is still here, {w.pick(('blue Buick', 'silver Camry', 'old Lincoln'))} plate {w.plate()}"
        )
    if w.chance(0.5):
        lines.append(
            f"[{w.dt(on + timedelta(days=1), w.pick(('wd_md', 'md')))} 7:{w.r.randrange(10, 59)} AM] {w.name(kid, 'fl')}: thank you all. {w.pick(('dehydrated + UTI', 'broken hip', 'stable, in obs'))}. I'm driving down today. my cell {w.phone(far)}"
        )
    return "\n".join(lines), ""


MESSAGE_GENRES: tuple[Callable[[Writer], Out], ...] = (
    m_telehealth, m_checkin_bot, m_pet_mixup, m_meal_train, m_ombudsman, m_voice_assistant, m_lost_found,
    m_study_stipend, m_mail_order, m_funeral, m_travel_claim, m_accommodation, m_concussion, m_med_id, m_neighbours,
)  # fmt: skip


# --- clinical ---------------------------------------------------------------------------------


def _patient_header(w: Writer, pt: Person, on: date, fac: str, extra: str = "") -> str:
    """The identifying lines at the top of a clinical document, in one of several layouts."""
    age = w.age_on(pt, on)
    sex = pt.sex.upper()
    style = w.r.randrange(5)
    if style == 0:
        return (f"Patient: {w.name(pt, w.pick(('lf', 'LF', 'lfm')))}    MRN: {w.mrn()}    DOB: {w.dob(pt)}\n"
                f"Date of service: {w.dt(on, w.pick(('mdy', 'iso', 'mon_d_y')))}    Location: {fac}{extra}")  # fmt: skip
    if style == 1:
        return (f"NAME: {w.name(pt, 'LF')}\nMRN: {w.mrn()}\nDOB: {w.dob(pt, 'mdy')} ({w.age(age, words=0.0)}{sex})\n"
                f"DOS: {w.dt(on, 'mdy')}\nFACILITY: {fac}{extra}")  # fmt: skip
    if style == 2:
        return f"{w.name(pt, 'fml')} | {w.age(age, words=0.0)} {sex} | MRN {w.mrn()} | {w.dt(on, w.pick(('iso', 'dmy_mon', 'mdy')))} | {fac}{extra}"
    if style == 3:
        return (f"Pt: {w.name(pt, 'UP')}   DOB {w.dob(pt, w.pick(('mdy', 'dmy_mon', 'iso')))}   Acct {w.account()}\n"
                f"Seen {w.dt(on, w.pick(('wd_mdy', 'month_d_y', 'mdy')))} at {fac}{extra}")  # fmt: skip
    return (f"Patient name: {w.name(pt, w.pick(('fl', 'lf')))}\nRecord #: {w.mrn()}    Birth date: {w.dob(pt)}\n"
            f"Encounter: {w.dt(on, w.pick(('mdy', 'mdy_n', 'd_mon_y')))} - {fac}{extra}")  # fmt: skip


def _extras(w: Writer, pt: Person, t: tuple[str, str, str, str], on: date) -> list[str]:
    """Sections some documents carry: registration, care team, addendum, printed-by footer."""
    out: list[str] = []
    pool = ["reg", "team", "addendum", "footer", "drive", "portal"]
    for kind in w.r.sample(pool, w.pick((0, 1, 1, 2))):
        if kind == "reg":
            bits = [f"Address: {w.address(t)}", f"Phone: {w.phone(t)}"]
            if w.chance(0.6):
                bits.append(f"SSN: {w.ssn()}")
            if w.chance(0.4):
                bits.append(f"E-mail: {w.email(pt)}")
            bits.append(w.pick((f"E-mail: {w.email(pt)}", f"{K('insurer', 'Medicare')} MBI: {w.mbi()}",
                                f"{K('insurer', w.pick(INSURERS[2:]))} ID: {w.member_id()}", f"Guarantor acct: {w.account()}")))  # fmt: skip
            out.append("REGISTRATION\n" + "\n".join(bits))
        elif kind == "team":
            a, a_name = w.clinician(w.pick(("MD", "DO", "NP")))
            out.append(
                f"CARE TEAM: PCP {a_name} ({w.facility('Family Medicine', t)}), ph {w.phone(t)}, fax {w.phone(t, kind='FAX')}"
            )
        elif kind == "addendum":
            a, a_name = w.clinician(w.pick(("MD", "RN", "PA-C")))
            out.append(f"ADDENDUM {w.dt(on + timedelta(days=w.r.randrange(0, 4)), w.pick(('mdy', 'md', 'iso')))} {w.clock(h24=True)}: "
                       f"{w.pick(('Discussed results with patient by phone.', 'Corrected laterality above.', 'Family updated.', 'Prior auth submitted.'))} - {a_name}")  # fmt: skip
        elif kind == "footer":
            u = w.person()
            out.append(
                f"Printed {w.dt(on + timedelta(days=w.r.randrange(0, 30)), 'mdy')} by {w.name(u, w.pick(('ii', 'is', 'fl')))} from workstation {w.ip(private=0.8, v6=0.0)}"
            )
        elif kind == "drive":
            out.append(
                f"Visitor parking permit: plate {w.plate()} ({t[1]}), {w.pick(('spouse', 'son', 'daughter', 'caregiver'))}'s driver's license {w.dl()} copied."
            )
        else:
            out.append(
                f"Patient portal: {w.url('mychart.' + w.org_domain(w.pick(ORG_WORDS)))}  (last login {w.ip(private=0.0)})"
            )
    return out


def _doc(w: Writer, title: str, head: str, body: list[str], pt: Person, t, on: date) -> str:
    parts = [title, head, *body, *_extras(w, pt, t, on)]
    return "\n".join(p for p in parts if p)


def c_podiatry(w: Writer) -> Out:
    """Diabetic foot examination in a podiatry clinic."""
    pt = w.person(born=(1938, 1975))
    t, on = w.town(), w.visit()
    dpm, dpm_name = w.clinician("DPM")
    fac = w.facility(w.pick(("Foot & Ankle Center", "Podiatry", "Foot Clinic")), t)
    age = w.elder(pt, on) if w.chance(0.3) else w.age_on(pt, on)
    side = w.pick(("L", "R"))
    body = [
        f"Provider: {dpm_name}" + (f"    DEA {w.dea(dpm)}" if w.chance(0.6) else ""),
        f"CC: {w.pick(('callus', 'blister', 'ulcer', 'ingrown nail'))} {side} {w.pick(('hallux', '1st MPJ', 'heel', '5th met head'))}, numb feet. "
        f"{w.age(age, words=0.0)} y/o {pt.sex.upper()} with T2DM ({K('code', 'E11.42')}) on {_drug(w)}; A1c {w.r.randrange(62, 112) / 10}.",
        f"Monofilament ({K('eponym', 'Semmes-Weinstein')} 5.07): absent {w.r.randrange(1, 10)}/10 sites L, {w.r.randrange(0, 10)}/10 R.",
        f"Pulses: DP {w.pick(('1+', '2+'))} bilat, PT {w.pick(('nonpalpable', 'faint', '1+'))} {side}. ABI {w.r.randrange(55, 110) / 100} {side}.",
        w.pick((f"{K('eponym', 'Wagner')} grade {w.r.randrange(0, 3)} ulcer plantar {side} 0.{w.r.randrange(3, 9)} x 0.{w.r.randrange(3, 9)} cm. No {K('eponym', 'Charcot')} changes.",
                f"Midfoot rocker-bottom deformity, {K('eponym', 'Charcot')} foot stage {w.r.randrange(1, 4)}; {K('code', 'M14.671')}.")),
        f"Procedure: {w.pick(('sharp debridement', 'callus paring', 'nail avulsion'))} ({K('code', w.pick(('11042', '11055', '11730')))}). "
        f"Plan: diabetic shoes ({K('code', 'A5500')}), f/u {w.dt(on + timedelta(days=14), w.pick(('md', 'mon_d', 'mdy')))}.",
    ]  # fmt: skip
    if w.chance(0.3):
        body.append(
            f"Insulin pump ({K('maker', 'Tandem')} {K('model', 't:slim X2')}) serial {w.serial()} checked - site L abdomen."
        )
    return _doc(
        w,
        w.pick(("PODIATRY - DIABETIC FOOT EXAM", "Diabetic Foot Exam", "FOOT CLINIC NOTE")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_swallow(w: Writer) -> Out:
    """Modified barium swallow study report from speech-language pathology."""
    pt = w.person(born=(1926, 1960))
    t, on = w.town(), w.visit()
    age = w.elder(pt, on) if w.chance(0.4) else w.age_on(pt, on)
    slp, slp_name = w.clinician("CCC-SLP", "fl")
    rad, rad_name = w.clinician("MD")
    fac = w.facility(w.pick(("Medical Center", "Rehabilitation Hospital", "Hospital")), t)
    pas_thin = w.r.randrange(1, 9)
    body = [
        f"Accession: {ph('ID', f'RF{on.year % 100}-{w.digits(6)}')}   Referring: Dr. {w.name(w.person(), 's')}   {K('department', 'Speech-Language Pathology')} / {K('department', 'Radiology')}",
        f"History: {w.age(age, words=0.0)} y/o {'man' if pt.sex == 'm' else 'woman'} s/p {w.pick(('L MCA stroke', 'pneumonia', 'ACDF', 'Parkinson disease'))}, coughing with meals.",
        f"Thin liquid: penetration-aspiration scale ({K('eponym', 'Rosenbek')}) {pas_thin}; nectar-thick: {w.r.randrange(1, 4)}; puree: 1; solid: {w.r.randrange(1, 3)}.",
        f"{w.pick(('Delayed swallow initiation', 'Reduced base-of-tongue retraction', 'Vallecular residue'))}; no {K('eponym', 'Zenker')} diverticulum seen.",
        f"Impression: {w.pick(('mild', 'moderate', 'severe'))} oropharyngeal dysphagia ({K('code', 'R13.12')}). CPT {K('code', '92611')}, {K('code', '74230')}.",
        f"Recs: {w.pick(('IDDSI level 2 mildly thick', 'chin tuck with thin', 'NPO pending repeat', 'soft and bite-sized'))}; meds crushed in puree ({_drug(w)}).",
        f"{slp_name}    Radiologist: {rad_name}",
    ]  # fmt: skip
    return _doc(
        w,
        w.pick(("MODIFIED BARIUM SWALLOW STUDY", "Videofluoroscopic Swallow Study (VFSS)", "MBS REPORT")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_allergy_shots(w: Writer) -> Out:
    """Allergen immunotherapy injection record with a vial table (lot numbers are keep codes)."""
    pt = w.person(born=(1960, 2012))
    t, on = w.town(), w.visit()
    fac = w.facility("Allergy & Asthma", t) if w.chance(0.7) else ph("FACILITY", f"{w.pick(ORG_WORDS)} Allergy Clinic")
    nurse = w.person(born=(1965, 1998))
    maker = w.pick(("ALK", "HollisterStier", "Greer"))
    rows = []
    d = on
    for _ in range(w.r.randrange(3, 6)):
        lot = K("code", f"{w.letters(1)}{w.digits(4)}{w.letters(1)}")
        react = w.pick(("none", "none", "none", "wheal 12 mm", "local swelling"))
        rows.append(
            f"| {w.dt(d, w.pick(('md', 'mdy_s')))} | {w.pick(('Blue 1:10', 'Red 1:1', 'Yellow 1:100'))} | {lot} | 0.{w.r.randrange(5, 50):02d} mL | {w.pick('LR')} | {react} | {w.name(nurse, 'ii')} |"
        )
        d += timedelta(days=w.pick((7, 7, 14)))
    body = [
        f"{K('insurer', w.pick(INSURERS))} member ID {w.member_id()}    Extracts: {K('maker', maker)}",
        f"Dx: {K('code', 'J30.1')} allergic rhinitis, {K('code', 'J45.30')} mild persistent asthma. Premed {K('drug', 'cetirizine 10 mg')}; {K('drug', 'EpiPen')} on person: yes.",
        "| Date | Vial | Lot | Dose | Arm | Reaction | Init |",
        "|---|---|---|---|---|---|---|",
        *rows,
        f"Peak flow pre {w.r.randrange(280, 520)} L/min. Observed 30 min. Billing {K('code', '95117')} / {K('code', '95165')}.",
    ]  # fmt: skip
    if w.chance(0.5):
        body.append(
            f"Reaction report faxed to Dr. {w.name(w.person(), 's')} at {w.phone(t, kind='FAX')}; mother {w.name(w.child_of(pt, born=(1965, 1990)), 'fl')} {w.phone(t)}."
        )
    return _doc(
        w,
        w.pick(("ALLERGEN IMMUNOTHERAPY - INJECTION RECORD", "Allergy Shot Flowsheet")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_hyperbaric(w: Writer) -> Out:
    """Hyperbaric oxygen treatment log."""
    pt = w.person(born=(1935, 1975))
    t, on = w.town(), w.visit()
    fac = w.facility(w.pick(("Wound & Hyperbaric Center", "Hyperbaric Medicine")), t)
    if w.chance(0.3):
        w.elder(pt, on)
    tech, tech_name = w.clinician("CHT", "fl")
    doc, doc_name = w.clinician("MD")
    n = w.r.randrange(1, 40)
    body = [
        f"Treatment #{n} of 40    Chamber: monoplace {w.r.randrange(1, 4)}    Protocol: 2.4 ATA x 90 min, air breaks x{w.pick((2, 3))}",
        f"Dx: {K('eponym', 'Wagner')} grade {w.r.randrange(3, 5)} ulcer {w.pick(('R heel', 'L 1st met', 'R plantar'))} ({K('code', 'E11.621')}, {K('code', 'L97.413')}); "
        f"{w.pick(('osteomyelitis on MRI', 'failed 30 days standard care', 'radiation cystitis hx'))}.",
        f"Pre: BG {w.r.randrange(110, 260)} mg/dL, BP {w.r.randrange(110, 170)}/{w.r.randrange(60, 95)}, ears TEED 0 bilat, no {K('drug', 'nicotine')} today.",
        f"Post: tolerated, {w.pick(('no barotrauma', 'mild L ear fullness', 'BG 142 post'))}. {K('department', 'Wound Care')} dressing changed.",
        f"Billing {K('code', '99183')} (physician supervision) / {K('code', 'G0277')} x{w.r.randrange(3, 6)}.",
        f"Tech: {tech_name}    Supervising: {doc_name}",
    ]  # fmt: skip
    if w.chance(0.5):
        body.append(
            f"Transport: {K('insurer', 'Medicaid')} van, plate {w.plate()}, driver {w.name(w.person(), 'g')}; pick-up {w.clock()}."
        )
    return _doc(
        w,
        w.pick(("HYPERBARIC OXYGEN THERAPY - TREATMENT LOG", "HBOT Daily Treatment Record")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_cardiac_rehab(w: Writer) -> Out:
    """Cardiac rehabilitation session flowsheet with a table."""
    pt = w.person(born=(1935, 1975))
    t, on = w.town(), w.visit()
    fac = ph("FACILITY", f"{w.pick(ORG_WORDS)} Heart Institute") if w.chance(0.5) else w.facility("Heart & Vascular", t)
    ep, ep_name = w.clinician(w.pick(("RCEP", "RN", "MS")), "fl")
    rows, d = [], on
    for _ in range(w.r.randrange(3, 6)):
        rows.append(f"| {w.dt(d, w.pick(('md', 'mon_d')))} | {w.pick(('treadmill', 'NuStep', 'arm ergometer', 'bike'))} | {w.r.randrange(15, 41)} min | "
                    f"{w.r.randrange(88, 131)} | {w.r.randrange(110, 160)}/{w.r.randrange(60, 90)} | {w.r.randrange(11, 15)} | {w.r.randrange(25, 60) / 10} |")  # fmt: skip
        d += timedelta(days=w.pick((2, 2, 3)))
    body = [
        f"Phase II session {w.r.randrange(1, 37)}/36    Dx: s/p CABG ({K('code', 'Z95.1')}), CAD ({K('code', 'I25.10')})    {K('insurer', w.pick(INSURERS))}",
        f"Meds: {_drug(w)}, {K('drug', 'metoprolol 25 mg')}, {K('drug', 'aspirin 81 mg')}",
        f"| Date | Mode | Time | HR | BP | RPE ({K('eponym', 'Borg')}) | METs |",
        *rows,
        f"Telemetry: {w.pick(('NSR', 'SR with rare PVCs', 'paced rhythm'))}. {K('code', '93798')} per session. {K('department', 'Cardiac Rehabilitation')} - {ep_name}",
    ]  # fmt: skip
    if w.chance(0.45):
        body.append(
            f"Device: {K('maker', w.pick(('Medtronic', 'Abbott', 'Boston Scientific')))} pacemaker, serial {w.serial()}; remote monitor IP {w.ip()}."
        )
    return _doc(
        w,
        w.pick(("CARDIAC REHAB PHASE II - SESSION FLOWSHEET", "Cardiac Rehabilitation Flowsheet")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_epidural(w: Writer) -> Out:
    """Epidural steroid injection procedure note from a pain clinic."""
    pt = w.person(born=(1940, 1990))
    t, on = w.town(), w.visit()
    fac = w.facility(w.pick(("Spine & Pain Center", "Pain Clinic", "Surgery Center")), t)
    doc, doc_name = w.clinician(w.pick(("MD", "DO")), "fl")
    level = w.pick(("L4-L5", "L5-S1", "L3-L4", "C6-C7"))
    body = [
        f"Procedure: {w.pick(('transforaminal', 'interlaminar'))} epidural steroid injection, {level} {w.pick(('right', 'left', 'bilateral'))}",
        f"Physician: {doc_name}{f' (DEA {w.dea(doc)})' if w.chance(0.6) else ''}    {K('department', 'Pain Management')}    HAR: {w.account()}",
        f"Indication: radiculopathy ({K('code', 'M54.16')}), stenosis ({K('code', 'M48.061')}); pain {w.r.randrange(5, 10)}/10; failed PT x {w.r.randrange(6, 13)} wks.",
        f"Consent signed. Time-out {w.clock(h24=True)}. Prone, prepped with chlorhexidine. Skin: {K('drug', 'lidocaine 1%')} 3 mL.",
        f"Under fluoroscopy (time {w.r.randrange(12, 60)} s), {K('drug', 'Omnipaque 180')} {w.r.randrange(1, 4)} mL showed epidural spread, no vascular uptake. "
        f"Injected {K('drug', w.pick(('Depo-Medrol 80 mg', 'dexamethasone 10 mg', 'triamcinolone 40 mg')))}.",
        f"No complications. {K('code', w.pick(('64483', '62323', '62321')))}. Repeat in {w.pick(('6', '8', '12'))} wks prn; hold {K('drug', 'Eliquis 5 mg')} 3 days before next.",
    ]  # fmt: skip
    if w.chance(0.4):
        body.append(f"Report faxed to referring Dr. {w.name(w.person(), 's')} {w.phone(t, kind='FAX')}.")
    return _doc(
        w,
        w.pick(("PROCEDURE NOTE - EPIDURAL STEROID INJECTION", "Pain Clinic Procedure Note")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_faa_exam(w: Writer) -> Out:
    """Aviation medical examination summary (pilot certificate and examiner numbers are LICENSE)."""
    pt = w.person(born=(1950, 2004))
    t, on = w.town(), w.visit()
    ame = w.person(born=(1950, 1990))
    born_in = w.pick(ODISHA_TOWNS)[0] if pt.loc == "or" else w.pick(ARAB_TOWNS)[0]
    country = "India" if pt.loc == "or" else dict((a, b) for a, b, _ in ARAB_TOWNS)[born_in]
    age = w.age_on(pt, on)
    head = (f"Applicant: {w.name(pt, w.pick(('LF', 'lf', 'fml')))}    DOB: {w.dob(pt, 'mdy')} (age {age})\n"
            f"Address: {w.address(t)}\nPhone: {w.phone(t)}    E-mail: {w.email(pt)}\n"
            f"Place of birth: {ph('LOCATION', born_in)}, {country}    Citizenship: {w.pick(('USA', country))}"
            + (f"\nSSN (optional item): {w.ssn()}" if w.chance(0.5) else ""))  # fmt: skip
    body = [
        f"MedXPress confirmation: {ph('ID', w.letters(1) + w.digits(7))}    Class applied: {w.pick(('First', 'Second', 'Third'))}    "
        f"Pilot certificate #: {w.license('')}",
        f"Vision: distant 20/{w.pick((15, 20, 25, 30))} each eye {w.pick(('uncorrected', 'corrected'))}; near 20/{w.pick((20, 40))}; color: {w.pick(('normal (Ishihara 14/14)', 'failed - OCVT'))}.",
        f"Hearing: conversational voice at 6 ft. BP {w.r.randrange(110, 150)}/{w.r.randrange(65, 92)}, pulse {w.r.randrange(55, 92)}. Urine: neg.",
        f"Medications: {w.pick((_drug(w), 'none reported'))}. {w.pick(('No', 'One'))} visit to a health professional in 3 yrs.",
        f"Disposition: {w.pick(('issued', 'deferred to AMCS', 'issued - SI letter on file'))} {w.dt(on, w.pick(('mdy', 'dmony', 'mon_d_y')))}. "
        f"Previous exam: {w.dt(on - timedelta(days=w.r.randrange(300, 1500)), w.pick(('month_y', 'mdy', 'dmony')))}.",
        f"Examiner: Dr. {w.name(ame, 'fl')}, AME #{ph('LICENSE', w.digits(5) + '-' + w.digits(1))}    {w.facility('Aviation Medicine', t)}",
    ]  # fmt: skip
    return _doc(
        w, w.pick(("AVIATION MEDICAL EXAMINATION - SUMMARY", "FAA Medical Exam Worksheet")), head, body, pt, t, on
    ), ""


def c_neuropsych(w: Writer) -> Out:
    """Neuropsychological evaluation report (eponymous tests are keep terms)."""
    pt = w.person(born=(1926, 1965))
    t, on = w.town(), w.visit()
    age = w.elder(pt, on) if w.chance(0.35) else w.age_on(pt, on)
    psy, psy_name = w.clinician(w.pick(("PhD, ABPP", "PsyD", "PhD")), "fl")
    fac = w.facility(w.pick(("Memory Clinic", "Neuropsychology Associates", "Brain Health Center")), t)
    grew = w.pick(ODISHA_TOWNS)[0] if pt.loc == "or" else w.pick(ARAB_TOWNS)[0]
    kid = w.child_of(pt, born=(1955, 1990))
    imp = w.pick((("mild neurocognitive disorder due to Alzheimer disease", "G30.1", f"Consider {K('drug', 'donepezil 5 mg')}"),
                  ("major neurocognitive disorder, vascular", "F01.50", f"Consider {K('drug', 'donepezil 5 mg')}"),
                  ("mild cognitive impairment", "G31.84", "Recommend exercise and BP control"),
                  ("no cognitive disorder; depression", "F32.1", f"Recommend {K('drug', 'sertraline 50 mg')}")))  # fmt: skip
    body = [
        f"Referral: Dr. {w.name(w.person(), 's')}, {K('department', 'Neurology')}, for memory decline "
        + w.pick((f"over {w.r.randrange(1, 5)} yrs.", f"since {w.dt(on - timedelta(days=w.r.randrange(200, 900)), 'month_y')}.")),
        f"Background: {w.age(age, words=0.3)}-year-old {w.pick(('right', 'left'))}-handed {'man' if pt.sex == 'm' else 'woman'}, born and schooled in "
        f"{ph('LOCATION', grew)} ({w.r.randrange(8, 19)} yrs education), retired {w.pick(('teacher', 'engineer', 'pharmacist', 'shopkeeper', 'nurse'))}. Accompanied by "
        f"{w.pron(kid, 'son')} {w.name(kid, 'g')}. Interpreter used for some tests.",
        f"Tests: {K('code', 'MoCA')} {w.r.randrange(12, 27)}/30; {K('eponym', 'Wechsler')} (WAIS-IV) FSIQ {w.r.randrange(78, 112)}; {K('eponym', 'Boston Naming Test')} "
        f"{w.r.randrange(30, 58)}/60; {K('eponym', 'Rey')} Complex Figure copy {w.r.randrange(20, 36)}/36; Trails B {w.r.randrange(70, 300)} s; "
        f"{K('eponym', 'Lawton')} IADL {w.r.randrange(2, 9)}/8, {K('eponym', 'Katz')} ADL {w.r.randrange(3, 7)}/6.",
        f"Impression: {imp[0]} ({K('code', imp[1])}). {imp[2]}; repeat in 12 months. "
        f"CPT {K('code', '96132')}, {K('code', '96136')}.",
        f"{psy_name}",
    ]  # fmt: skip
    return _doc(
        w,
        w.pick(("NEUROPSYCHOLOGICAL EVALUATION", "Neuropsychology Consultation Report")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_lactation(w: Writer) -> Out:
    """Lactation consultation for a mother and newborn (gestational age and weights are not PHI)."""
    mom = w.person(sex="f", born=(1985, 2004))
    t, on = w.town(), w.visit()
    baby_dob = on - timedelta(days=w.r.randrange(1, 12))
    ibclc, ibclc_name = w.clinician("IBCLC", "fl")
    fac = w.facility(w.pick(("Women's Hospital", "Birth Center", "Medical Center")), t)
    sex = w.pick(("Girl", "Boy"))
    head = (f"Mother: {w.name(mom, w.pick(('lf', 'fl', 'LF')))}  MRN {w.mrn()}  DOB {w.dob(mom)}\n"
            f"Infant: Baby {sex} {w.name(mom, 's')}  MRN {w.mrn()}  born {w.dt(baby_dob, w.pick(('mdy', 'md', 'iso')))} {w.clock(h24=True)}  "
            f"GA {w.r.randrange(36, 41)}w{w.r.randrange(0, 7)}d  BW {w.r.randrange(2400, 4200)} g\n{fac} - {K('department', 'Lactation Services')}")  # fmt: skip
    body = [
        f"Day of life {(on - baby_dob).days}. Weight {w.r.randrange(2300, 4100)} g ({w.pick(('-4%', '-7%', '-9%', '-11%'))} from BW). Voids {w.r.randrange(2, 8)}, stools {w.r.randrange(1, 6)}.",
        f"Latch: LATCH score {w.r.randrange(4, 11)}. {w.pick(('Shallow latch, nipple trauma L', 'Good latch after repositioning', 'Flat nipples, shield 20 mm'))}.",
        f"Pump: {K('maker', 'Medela')} {K('model', w.pick(('Symphony', 'Pump in Style')))} rental, serial {w.serial()}. Nipple care: {K('drug', 'lanolin')}.",
        f"Mom on {K('drug', w.pick(('ibuprofen 600 mg', 'nifedipine 30 mg', 'sertraline 50 mg', 'levothyroxine 50 mcg')))} - compatible with breastfeeding.",
        f"Dx {K('code', 'O92.79')} / {K('code', 'P92.5')}. Outpatient f/u {w.dt(on + timedelta(days=3), w.pick(('wd_md', 'md', 'month_d')))}; warm line {w.phone(t)}.",
        f"{ibclc_name}",
    ]  # fmt: skip
    if w.chance(0.35):
        body.append(
            f"Father {w.name(w.person(mom.loc, 'm', born=(1980, 2002)), 'fl')} present; prefers e-mail {w.email(mom)}."
        )
    return _doc(
        w, w.pick(("LACTATION CONSULT", "Breastfeeding Assessment - Lactation Consultant Note")), head, body, mom, t, on
    ), ""


def c_prosthetic(w: Writer) -> Out:
    """Prosthetic fitting and delivery note (component serials are DEVICE; makers and models keep)."""
    pt = w.person(born=(1945, 1995))
    t, on = w.town(), w.visit()
    cpo, cpo_name = w.clinician("CPO", "fl")
    fac = w.facility(w.pick(("Prosthetics & Orthotics", "Orthotic & Prosthetic Lab", "Limb Center")), t)
    tk = w.chance(0.5)
    knee = (
        f"{K('maker', 'Ottobock')} {K('model', w.pick(('C-Leg 4', 'Genium X3')))} knee, serial {w.serial()}; "
        if tk
        else ""
    )
    body = [
        f"Level: {'transfemoral' if tk else 'transtibial'} {w.pick(('R', 'L'))} ({K('code', 'Z89.611' if tk else 'Z89.511')}), K{w.r.randrange(2, 5)}. "
        f"{K('insurer', w.pick(INSURERS))} ID {w.member_id()}; auth {w.ident('PA', 8)}.",
        f"Components: {knee}{K('maker', 'Ossur')} {K('model', w.pick(('Pro-Flex XC', 'Vari-Flex')))} foot, serial {w.serial()}; {w.pick(('pin-lock liner', 'suction socket', 'elevated vacuum'))}.",
        f"HCPCS {K('code', 'L5856' if tk else 'L5301')}, {K('code', 'L5981')}, {K('code', 'L5673')}.",
        f"Fit: socket comfort {w.r.randrange(5, 11)}/10, gait with {w.pick(('no device', 'single-point cane', 'rolling walker'))}; {K('eponym', 'Trendelenburg')} "
        f"{w.pick(('absent', 'mild'))}. Skin intact; no redness at {w.pick(('distal tibia', 'fibular head', 'ischial seat'))}.",
        f"Next: {w.dt(on + timedelta(days=w.r.randrange(7, 30)), w.pick(('mon_d_y', 'mdy', 'md')))}.    {cpo_name}",
    ]  # fmt: skip
    return _doc(
        w,
        w.pick(("PROSTHETIC DELIVERY NOTE", "Prosthetic Fitting - Clinical Note")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_vestibular(w: Writer) -> Out:
    """Vestibular and balance evaluation (positional tests are eponyms; a driving form carries a licence)."""
    pt = w.person(born=(1930, 1990))
    t, on = w.town(), w.visit()
    age = w.elder(pt, on) if w.chance(0.3) else w.age_on(pt, on)
    pt_, pt_name = w.clinician(w.pick(("PT, DPT", "AuD", "MD")), "fl")
    fac = w.facility(w.pick(("Balance Center", "ENT & Audiology", "Vestibular Rehab")), t)
    side = w.pick(("right", "left"))
    body = [
        f"HPI: {w.age(age, words=0.0)} y/o with {w.pick(('brief spinning when rolling over', 'imbalance after URI', 'recurrent vertigo'))} x {w.r.randrange(1, 9)} wks; on {K('drug', 'meclizine 25 mg')} prn.",
        f"{K('eponym', 'Dix-Hallpike')}: {side} positive, upbeating torsional nystagmus {w.r.randrange(10, 40)} s. Supine roll: negative.",
        f"{K('eponym', 'Romberg')} {w.pick(('negative', 'positive'))}; {K('eponym', 'Fukuda')} step: {w.r.randrange(15, 60)} deg rotation to {side}. DHI {w.r.randrange(12, 70)}/100.",
        f"Treatment: {K('eponym', 'Epley')} maneuver x{w.r.randrange(1, 4)} ({K('code', '95992')}). Dx {K('code', 'H81.1' + ('1' if side == 'right' else '2'))}, {K('code', 'R42')}.",
        f"Driving: advised not to drive until symptom-free; DMV medical form started (DL {w.dl()}).",
        f"{pt_name}",
    ]  # fmt: skip
    if w.chance(0.35):
        body.append(
            f"Came by {w.pick(('taxi', 'neighbor', 'son'))}; car left in lot, plate {w.plate()} (security notified)."
        )
    return _doc(
        w,
        w.pick(("VESTIBULAR / BALANCE EVALUATION", "Dizziness Clinic Note")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_poison(w: Writer) -> Out:
    """Poison-center case record (caller, patient, exposure, follow-up calls)."""
    t, on = w.town(), w.visit()
    child = w.chance(0.5)
    pt = w.person(born=(2019, 2024) if child else (1928, 1970))
    age = w.age_on(pt, on)
    if not child and w.chance(0.6):
        age = w.elder(pt, on)
    caller = w.child_of(pt, born=(1950, 1998)) if not child else w.person(pt.loc, born=(1960, 2003))
    caller.surname = pt.surname
    rel = w.pron(caller, "son") if not child else w.pick(("parent", "parent", "grandparent", "aunt/uncle"))
    spi, spi_name = w.clinician("CSPI", "fl")
    sub = w.pick((("acetaminophen 500 mg", "~20 tabs", "4-h APAP level; NAC if above the treatment line", "T39.1X1A"),
                  ("amlodipine 10 mg", "6 tabs", "ECG, BP q15min, calcium and glucagon available", "T46.1X1A"),
                  ("metformin 1000 mg", "unknown number", "lactate and BMP; observe 8 h", "T38.3X1A"),
                  ("ibuprofen 200 mg", "12 tabs", "observe at home, fluids", "T39.311A"),
                  ("laundry detergent pod", "1 pod", "watch for stridor and vomiting", "T55.1X1A")))  # fmt: skip
    fac = w.facility(w.pick(("Medical Center", "Regional Hospital", "Community Hospital")), t)
    nac = K("drug", "N-acetylcysteine")
    age_txt = f"{age} {'yrs' if age > 1 else 'yr'}" if age < 90 else f"{w.age(age)} yrs"
    body = [
        f"Call {w.clock(h24=True)} {w.dt(on, w.pick(('mdy', 'iso', 'wd_mdy')))}    Caller: {w.name(caller, 'fl')} ({rel}) {w.phone(t)}",
        f"Patient: {w.name(pt, w.pick(('fl', 'g')))}, {age_txt}, {w.r.randrange(9, 22) if child else w.r.randrange(42, 96)} kg    Site: home, {ph('LOCATION', t[0])} {w.zip(t, plus4=0.0)}",
        f"Substance: {K('drug', sub[0])} x {sub[1]}, {w.pick(('unintentional', 'therapeutic error', 'double dose'))}, {w.r.randrange(1, 7)} h ago.",
        f"Mgmt: {w.pick(('refer to', 'sent to'))} {K('department', 'Emergency Department')} at {fac}; {sub[2]}. Coded {K('code', sub[3])}.",
        f"F/u {w.clock(h24=True)}: ED RN {w.name(w.person(), 'g')} reports {w.pick(('pt asymptomatic', 'vomited x1', 'HR 58, BP 92/50', 'labs pending'))}; "
        f"{w.pick(('observe', 'no treatment needed', 'admitted to ICU', 'started ' + nac))}.",
        f"{spi_name}",
    ]  # fmt: skip
    return _doc(
        w, f"POISON CENTER CASE RECORD    Case # {ph('ID', f'PC{on.year % 100}-{w.digits(6)}')}", "", body, pt, t, on
    ), w.pick(("", "", "", "upper"))


def c_newborn_screen(w: Writer) -> Out:
    """Newborn screening specimen report (kit number ID, mother's details)."""
    mom = w.person(sex="f", born=(1984, 2005))
    t, on = w.town(), w.visit()
    dob = on - timedelta(days=w.r.randrange(1, 3))
    fac = w.facility(w.pick(("Birth Center", "Medical Center", "Women's Pavilion")), t)
    doc = w.person(born=(1960, 1990))
    sex = w.pick(("BOY", "GIRL"))
    body = [
        f"Kit / card #: {ph('ID', w.digits(8))}    Collected {w.dt(on, w.pick(('mdy', 'mdy_n')))} {w.clock(h24=True)}, age {w.r.randrange(24, 49)} h",
        f"Infant: BABY {sex} {w.name(mom, 's') if w.chance(0.5) else ph('NAME', mom.surname.upper())}    MRN {w.mrn()}    DOB {w.dt(dob, w.pick(('mdy', 'iso')))}    BW {w.r.randrange(2100, 4300)} g    NICU: {w.pick('YN')}",
        f"Mother: {w.name(mom, w.pick(('LF', 'lf', 'fl')))}    DOB {w.dob(mom, 'mdy')}    Ph {w.phone(t)}" + (f"    SSN {w.ssn()}" if w.chance(0.5) else "")
        + (f"    E-mail {w.email(mom)}" if w.chance(0.3) else ""),
        f"Address: {w.address(t)}    {K('insurer', 'Medicaid')} {w.medicaid()}" if w.chance(0.6) else f"Address: {w.po_box()}, {ph('LOCATION', t[0])}, {t[1]} {w.zip(t)}",
        f"Submitter: {fac}    Physician: {w.name(doc, 'fl')}, MD    Results fax {w.phone(t, kind='FAX')}",
        f"Results: PKU normal; CH TSH {w.r.randrange(5, 40)} uIU/mL ({w.pick(('borderline - repeat', 'normal'))}); CAH 17-OHP normal; hemoglobin FA; SCID TREC present; "
        f"{w.pick(('CF IRT normal', 'CF IRT elevated - DNA panel sent'))}. Heel stick {K('code', '36416')}; {K('code', 'Z00.110')}.",
    ]  # fmt: skip
    return _doc(
        w,
        w.pick(("NEWBORN SCREENING - SPECIMEN REPORT", "Newborn Screen Result (Dried Blood Spot)")),
        "",
        body,
        mom,
        t,
        on,
    ), ""


def c_ncs_emg(w: Writer) -> Out:
    """Nerve conduction and EMG report (provocative signs are eponyms)."""
    pt = w.person(born=(1945, 1995))
    t, on = w.town(), w.visit()
    doc, doc_name = w.clinician(w.pick(("MD", "DO")), "fl")
    fac = w.facility(w.pick(("Neurology", "Physical Medicine & Rehab", "EMG Lab")), t)
    side = w.pick(("R", "L"))
    body = [
        f"Referring: {w.name(w.person(), 'fl')}, PA-C    {K('department', 'Physical Medicine and Rehabilitation')}",
        f"Hx: numbness digits 1-3 {side} hand x {w.r.randrange(2, 24)} mo, worse at night. {K('eponym', 'Tinel')} + at wrist, {K('eponym', 'Phalen')} + at {w.r.randrange(15, 50)} s; "
        f"no {K('eponym', 'Guyon')} canal tenderness.",
        f"Median motor DL {w.r.randrange(42, 75) / 10} ms (nl <4.4), amp {w.r.randrange(20, 90) / 10} mV; median sensory peak {w.r.randrange(36, 55) / 10} ms; ulnar normal.",
        f"Needle EMG: APB {w.pick(('normal', 'fibs 1+, reduced recruitment', 'large MUAPs'))}; C6-T1 paraspinals normal.",
        f"Impression: {w.pick(('mild', 'moderate', 'severe'))} {side} median neuropathy at the wrist ({K('code', 'G56.0' + ('1' if side == 'R' else '2'))}). "
        f"Codes {K('code', '95910')}, {K('code', '95886')}.",
        f"{doc_name}  {w.dt(on, w.pick(('mdy', 'iso')))}",
    ]  # fmt: skip
    return _doc(
        w,
        w.pick(("NERVE CONDUCTION STUDY / EMG REPORT", "Electrodiagnostic Consultation")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


def c_vent_flowsheet(w: Writer) -> Out:
    """Respiratory-therapy ventilator flowsheet (the ventilator's serial is DEVICE, its gateway IP is IP)."""
    pt = w.person(born=(1930, 1995))
    t, on = w.town(), w.visit()
    fac = w.facility(w.pick(("Medical Center", "Regional Medical Center", "LTACH")), t)
    maker, model = w.pick((("Hamilton Medical", "Hamilton C6"), ("Draeger", "Evita V800"), ("Medtronic", "PB980")))
    rows = []
    hours = sorted(w.r.sample(range(0, 24), w.r.randrange(3, 6)))
    for hr in hours:
        rt = w.person()
        rows.append(f"| {hr:02d}{w.pick(('00', '15', '30', '45'))} | {w.pick(('AC/VC', 'PRVC', 'PSV'))} | {w.r.randrange(350, 550)} | {w.r.randrange(12, 28)} | {w.r.randrange(5, 14)} | "
                    f"{w.r.randrange(30, 80)}% | {w.r.randrange(16, 31)} | {w.r.randrange(88, 100)} | {w.name(rt, 'ii')} |")  # fmt: skip
    body = [
        f"Bed {w.pick(('MICU', 'SICU', 'CVICU'))}-{w.r.randrange(1, 30)}    {K('department', 'Respiratory Therapy')}    Dx {K('code', 'J96.01')}, {K('code', w.pick(('J44.1', 'J18.9', 'A41.9')))}",
        f"Vent: {K('maker', maker)} {K('model', model)}, serial {w.serial()}, gateway {w.ip(private=0.9, v6=0.0)}",
        f"ETT {w.pick(('7.5', '8.0'))} @ {w.r.randrange(21, 25)} cm lip; cuff {w.r.randrange(20, 31)} cmH2O.",
        "| Time | Mode | VT | RR | PEEP | FiO2 | Pplat | SpO2 | RT |",
        *rows,
        f"SBT {w.pick(('passed 30 min', 'failed - RSBI 112', 'deferred (PEEP 12)'))}. Meds: {K('drug', w.pick(('albuterol neb', 'propofol', 'dexmedetomidine')))}. {K('code', '94003')}.",
    ]  # fmt: skip
    return _doc(
        w,
        w.pick(("RESPIRATORY THERAPY - VENTILATOR FLOWSHEET", "Mechanical Ventilation Record")),
        _patient_header(w, pt, on, fac),
        body,
        pt,
        t,
        on,
    ), ""


CLINICAL_GENRES: tuple[Callable[[Writer], Out], ...] = (
    c_podiatry, c_swallow, c_allergy_shots, c_hyperbaric, c_cardiac_rehab, c_epidural, c_faa_exam, c_neuropsych,
    c_lactation, c_prosthetic, c_vestibular, c_poison, c_newborn_screen, c_ncs_emg, c_vent_flowsheet,
)  # fmt: skip


# --- the sets ---------------------------------------------------------------------------------


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, the genres in turn (each equally often), reproducible from `seed`."""
    genres = {"messages": MESSAGE_GENRES, "clinical": CLINICAL_GENRES}[family]
    rng = random.Random(f"eval12-{family}-{seed}")
    w = Writer(rng)
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        genre = genres[i % len(genres)]
        while True:
            marked, case = genre(w)
            if not case and w.chance(0.025):
                case = w.pick(("upper", "lower"))
            text, phi, keep, kinds = render(marked, case)
            if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
                continue
            break
        seen.add(text)
        rows.append(
            {
                "id": f"eval12-{family}-{i}",
                "family": family,
                "text": text,
                "phi": phi,
                "keep": keep,
                "keep_kinds": kinds,
            }
        )
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSON lines (ASCII)."""
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
