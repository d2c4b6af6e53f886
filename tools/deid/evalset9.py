"""Ninth independent de-identification evaluation set (eval9): patient-portal appointment requests
for specialty referrals (with bullet lists), messages to a care coordinator about rides to
appointments (ride-share plates, van numbers), patients asking where a medication prior
authorization stands, questions in the first days after a hospital discharge, fertility-clinic
messages (cycle-day and retrieval dates, embryo-storage accounts), refill-authorization requests a
pharmacy faxes to the clinic typed out as text, veterans' benefits paperwork requests (VA file and
claim numbers, DD-214 dates), immigration medical examination (USCIS I-693) requests with passport,
A-number and receipt numbers and birth dates copied from Persian-calendar documents, school
sports-physical and summer-camp health forms, hospice family updates (ages over 90, family web
pages, room cameras), dialysis-transport complaints, messages that mix English with transliterated
Farsi or Hindi words ("Salam Dr. Karimi jan ... Maman fesharesh ..."), forwarded calendar
invitations (organiser e-mails, meeting links, dial-in numbers), out-of-office auto-replies with
the message that triggered them, bariatric-program questions, blood-donor deferral questions,
employers' e-mails about a pre-employment drug screen and questions after cataract surgery
(`messages`); and labor and delivery notes, ophthalmology examinations (intraocular-lens serials),
audiology reports with threshold tables and hearing-aid serials, dermatology procedure notes,
psychiatry intakes, addiction-medicine notes under a 42 CFR Part 2 header, occupational-health
clearances and respirator fit tests, bariatric surgery evaluations, sleep-medicine follow-ups with
a nightly-use table, drug-screen chain-of-custody forms, vaccine administration records, blood-bank
transfusion records, pathology addenda, hospital incident reports, utilization-review notes,
death-certificate worksheets, referral letters between specialists on letterhead with a footer,
notes with copied-forward text and timestamps, and scanned outside records whose labels carry OCR
errors ("Patlent Narne", "D0B") (`clinical`). Each genre occurs equally often; some notes are
wrapped at 72 columns, some rows are all capitals or all lower case. Written by a writer who read
none of the de-identifier's rules, lexicons or models, none of the other generators' templates and
none of their sets, and who never ran the de-identifier on them.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: names, places and organisation-name words come only from Faker locales that no other
project list, set, corpus or eval3-eval8 uses (tests/deid/test_evalset9.py checks it): hi_IN
(Hindi given names and surnames in Devanagari, and the city table) and fa_IR (Persian given names
and surnames in Perso-Arabic script, and the province table, whose names are also the names of
the provinces' capital cities). Names and places are used as people, towns, birthplaces, street
and organisation words. Faker ships no romanization for either script, so this module romanizes
them itself: Hindi given names letter by letter (final inherent vowel dropped after a single
consonant, kept after a cluster: "Amit", "Krishna"), corrected by a hand-written table of
customary spellings ("Deepak", "Arvind", "Aishwarya"), Hindi surnames and cities only by a
hand-written table ("Chatterjee", "D'Souza", "Lucknow"; the few table entries that are not towns
are left out); Persian script writes no short vowels, so every Persian name and province is
spelled by a hand-written table, with the variant spellings a US registrar meets ("Mohammad",
"Mohammed"; "Hossein", "Hussein") and the compound given names written joined, spaced or
hyphenated ("Mohammadreza", "Mohammad Reza", "Mohammad-Reza"). A short hand-written list of US
towns and street words is mixed in. Every table is read from the locale's own provider class
(``FAKER_TABLES``), never an inherited one; ``provenance_problems()`` checks it. Numbers, dates,
codes and every identifier are drawn by this module's own seeded ``random.Random``; no Faker
randomness is used, so a seed reproduces its file byte for byte. All text is ASCII.

Annotation conventions: NAME spans exclude titles, credentials and honorifics, whether they come
before or after the name ("Dr. ", "Mr. ", ", RN", ", MD", "Agha ", "Khanom ", "Shri ", "Smt. ", "
ji", " jan", " joon", " khanom", " sahab", " bhaiya") and a possessive "'s"; "LAST, First M." is
one span; a compound given name ("Mohammad Reza"), a middle name ("Rahul Kumar Sharma"), a two-word
surname ("Roy Chowdhury"), an apostrophe ("D'Souza") and a hyphenated surname are inside the span;
initials that sign or label a note ("--as", "RK") are a NAME. Words for relatives ("maman", "baba",
"dadi", "papa ji") are not names. A date is one span with its year if it has one and with a weekday
written next to it ("Tue 3/4", "Friday, March 14, 2025"); a date without a year ("3/4", "March
14th") is a DATE, so is a month with its year ("March 2025", "03/2025") and a date in the Persian
calendar ("1362/05/12"); a bare year, a clock time and a duration are not PHI. AGE (the number
only, or the spelled number) is PHI only when 90 or more; younger ages stay in the text
unannotated. ADDRESS is the street line (number, street, suffix, unit) or a PO Box; a town is
LOCATION; a ZIP (with its +4) is ZIP; US states and countries are not PHI. Hospitals, clinics,
labs, pharmacies, schools, camps, employers, transport companies, hospices, funeral homes, blood
centers and agencies are FACILITY, one span even when a town is part of the name. Phone and fax
spans include "+1" and an extension; a number labelled fax is FAX. Accession, encounter, referral,
authorization, claim, confirmation, prescription, specimen (CCF), donation (DIN), blood-bank band,
case, student, camper, employee, meeting, incident, passport, A-number, USCIS receipt and VA file
numbers are ID; hospital, billing, guarantor and storage accounts ACCOUNT; member, subscriber,
Medicaid, Medicare (MBI) and TRICARE benefit numbers HEALTH_PLAN; driver's, medical, nursing and
DEA numbers LICENSE; plates and VINs VEHICLE; serial numbers of devices and implants DEVICE; model,
lot, ICD-10, CPT, HCPCS and ISBT product codes are not PHI (``keep`` codes). ``keep`` lists the
non-PHI terms a coder needs (kinds in ``KEEP_KINDS``); no keep term ever occurs inside a PHI span
(a term that does in some row is left out of that row's list).

    python -m tools.deid.evalset9 --family messages --n 300 --seed 1701 --out datasets/deid/eval9_messages.jsonl
    python -m tools.deid.evalset9 --family clinical --n 120 --seed 1702 --out datasets/deid/eval9_clinical.jsonl

Seeds 1801 / 1802 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from tools.deid.faker_tables import own_table
from tools.deid.faker_tables import provenance_problems as _provenance_problems

FAMILIES = ("messages", "clinical")
LOCALES = ("hi_IN", "fa_IR")
NAME_LOCALES = ("hi_IN", "fa_IR")
CITY_LOCALES = ("hi_IN", "fa_IR")
ORG_LOCALES = ("hi_IN", "fa_IR")
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "hi_IN": (
        ("faker.providers.person.hi_IN", "first_names_male"),
        ("faker.providers.person.hi_IN", "first_names_female"),
        ("faker.providers.person.hi_IN", "last_names"),
        ("faker.providers.address.hi_IN", "cities"),
    ),
    "fa_IR": (
        ("faker.providers.person.fa_IR", "first_names_male"),
        ("faker.providers.person.fa_IR", "first_names_female"),
        ("faker.providers.person.fa_IR", "last_names"),
        ("faker.providers.address.fa_IR", "states"),
    ),
}
KEEP_KINDS = ("drug", "eponym", "department", "insurer", "maker", "code", "model", "lot")

STATES = (
    "California", "Texas", "New Jersey", "New York", "Virginia", "Illinois", "Georgia", "Washington",
    "Maryland", "Michigan", "North Carolina", "Pennsylvania", "Ohio", "Massachusetts", "Arizona",
)  # fmt: skip
STATE_ABBR = ("CA", "TX", "NJ", "NY", "VA", "IL", "GA", "WA", "MD", "MI", "NC", "PA", "OH", "MA", "AZ")
COUNTRIES = ("India", "Iran", "United States", "USA", "Canada", "Germany", "Turkey", "United Arab Emirates")

# ---------------------------------------------------------------------------------------------
# Romanization: Hindi (Devanagari) letter by letter plus customary spellings; Persian by table.

_HI_CONS = {
    "\u0915": "k", "\u0916": "kh", "\u0917": "g", "\u0918": "gh", "\u0919": "n", "\u091a": "ch",
    "\u091b": "chh", "\u091c": "j", "\u091d": "jh", "\u091e": "n", "\u091f": "t", "\u0920": "th",
    "\u0921": "d", "\u0922": "dh", "\u0923": "n", "\u0924": "t", "\u0925": "th", "\u0926": "d",
    "\u0927": "dh", "\u0928": "n", "\u092a": "p", "\u092b": "ph", "\u092c": "b", "\u092d": "bh",
    "\u092e": "m", "\u092f": "y", "\u0930": "r", "\u0932": "l", "\u0935": "v", "\u0936": "sh",
    "\u0937": "sh", "\u0938": "s", "\u0939": "h",
}  # fmt: skip
# a consonant with a nukta (U+093C) after it, or precomposed
_HI_NUKTA = {"\u091c": "z", "\u0916": "kh", "\u092b": "f", "\u0921": "r", "\u0922": "rh", "\u0915": "q", "\u0917": "gh"}
_HI_PRECOMPOSED = {
    "\u0958": "q",
    "\u0959": "kh",
    "\u095a": "gh",
    "\u095b": "z",
    "\u095c": "r",
    "\u095d": "rh",
    "\u095e": "f",
}
_HI_VOWELS = {
    "\u0905": "a", "\u0906": "a", "\u0907": "i", "\u0908": "i", "\u0909": "u", "\u090a": "u", "\u090b": "ri",
    "\u090f": "e", "\u0910": "ai", "\u0913": "o", "\u0914": "au", "\u0911": "o",
}  # fmt: skip
_HI_SIGNS = {
    "\u093e": "a", "\u093f": "i", "\u0940": "i", "\u0941": "u", "\u0942": "u", "\u0943": "ri", "\u0947": "e",
    "\u0948": "ai", "\u094b": "o", "\u094c": "au", "\u0949": "o",
}  # fmt: skip
_VIRAMA, _NUKTA, _ANUSVARA, _CANDRABINDU = "\u094d", "\u093c", "\u0902", "\u0901"


def romanize_hi(word: str) -> str:
    """A Devanagari name letter by letter: each consonant carries its vowel sign or the inherent
    "a"; a final inherent "a" after a single consonant is dropped ("अमित" -> "Amit"), after a
    cluster kept ("कृष्ण" -> "Krishna"); anusvara is "m" before p, b, m and "n" elsewhere."""
    chars = [c for c in word if c not in "\u200c\u200d"]
    units: list[tuple[str, str, bool]] = []  # (consonants, vowel, vowel written)
    cluster, i = "", 0
    while i < len(chars):
        c = chars[i]
        i += 1
        if c in _HI_VOWELS:
            units.append((cluster, _HI_VOWELS[c], True))
            cluster = ""
        elif c in _HI_CONS or c in _HI_PRECOMPOSED:
            sound = _HI_PRECOMPOSED.get(c) or _HI_CONS[c]
            if i < len(chars) and chars[i] == _NUKTA:
                sound = _HI_NUKTA.get(c, sound)
                i += 1
            if i < len(chars) and chars[i] == _VIRAMA:
                cluster += sound
                i += 1
            elif i < len(chars) and chars[i] in _HI_SIGNS:
                units.append((cluster + sound, _HI_SIGNS[chars[i]], True))
                cluster = ""
                i += 1
            else:
                units.append((cluster + sound, "a", False))
                cluster = ""
        elif c in (_ANUSVARA, _CANDRABINDU):
            units.append(("", "N", True))
    if cluster:
        units.append((cluster, "", True))
    out: list[str] = []
    for k, (cons, vowel, written) in enumerate(units):
        if vowel == "N":
            following = units[k + 1][0][:1] if k + 1 < len(units) else ""
            out.append("m" if following in ("p", "b", "m") else "n")
            continue
        single = cons in _HI_CONS.values() or cons in _HI_PRECOMPOSED.values() or cons in _HI_NUKTA.values()
        if not written and k == len(units) - 1 and k > 0 and single:
            vowel = ""
        out.append(cons + vowel)
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Customary spellings where letter-by-letter romanization is not what a registrar types.
HI_GIVEN_SPELLING = {
    "अकबर": "Akbar", "आनन्द": "Anand", "अनन्त": "Anant", "अरविन्द": "Arvind", "बलदेव": "Baldev",
    "बलराम": "Balram", "चन्द्रकान्त": "Chandrakant", "देवदास": "Devdas", "देवराज": "Devraj",
    "दीपक": "Deepak", "गुलज़ार": "Gulzar", "हर्श": "Harsh", "हर्शद": "Harshad",
    "हर्शल": "Harshal", "जगदीश": "Jagdish", "जगजीत": "Jagjit", "जयदेव": "Jaidev", "जयन्त": "Jayant",
    "ज़स्विन्देर्": "Jaswinder", "मानदीप": "Mandeep", "नवीन": "Naveen",
    "प्रदीप": "Pradeep", "रजनीकांत": "Rajinikanth", "रामचन्द्र": "Ramchandra", "संदीप": "Sandeep",
    "सुरज": "Suraj", "स्वपन": "Swapan", "स्वप्निल": "Swapnil", "स्वर्ण": "Swarna", "वसन्त": "Vasant",
    "अनन्\u200dत": "Anant", "दिलीप": "Dilip", "ऐश्वर्या": "Aishwarya", "दीपाली": "Deepali",
    "दीप्ति": "Deepti", "गीता": "Geeta", "ज्योत्सना": "Jyotsna", "मीरा": "Meera", "परवीन": "Parveen",
    "रेशमी": "Reshmi", "सरस्वती": "Saraswati", "सीमा": "Seema", "शीला": "Sheela", "लीला": "Leela",
    "लीलावती": "Leelavati", "लीना": "Leena", "रुपिन्द्र": "Rupinder", "रचना": "Rachna", "रजनी": "Rajni",
    "चेतना": "Chetna", "मनीश": "Manish", "मणीन्द्र": "Manindra", "ऐश": "Aish", "कुणाल": "Kunal",
    "सुनील": "Sunil", "नीरव": "Nirav", "महेन्द्रा": "Mahendra", "पूर्णिमा": "Poornima",
    "सरला": "Sarla", "विमला": "Vimla", "कमला": "Kamla", "सुशीला": "Sushila", "अदिती": "Aditi",
}  # fmt: skip
# Table entries that are not given names (words, epithets, surnames, broken entries): not used.
HI_GIVEN_SKIP = frozenset(
    "काम कशोर िनशा सवितृ सेठ शर्म महात्मा ब्रह्मा चण्ड रावण गोतम राज्य श्री िकशोरी ख़ान ख़ान गोपीनाथ रत्न देवदान".split()
)
HI_SURNAMES = {
    "शर्मा": "Sharma", "भट": "Bhat", "वर्मा": "Verma", "कुमार": "Kumar", "गुप्ता": "Gupta",
    "मल्होत्रा": "Malhotra", "भटनागर": "Bhatnagar", "सक्सेना": "Saxena", "कपूर": "Kapoor", "सिंह": "Singh",
    "महरा": "Mehra", "चोपरा": "Chopra", "सरीन": "Sareen", "मालिक": "Malik", "सैनी": "Saini", "जैन": "Jain",
    "कौल": "Kaul", "खत्री": "Khatri", "गोयल": "Goyal", "तिवारी": "Tiwari", "भरद्वाज": "Bhardwaj",
    "प्रसाद": "Prasad", "आचार्य": "Acharya", "अगरवाल": "Agarwal", "अहलूवालिया": "Ahluwalia",
    "टंडन": "Tandon", "आहूजा": "Ahuja", "अरोरा": "Arora", "चटर्जी": "Chatterjee", "चतुर्वेदी": "Chaturvedi",
    "सेन": "Sen", "बोस": "Bose", "सेनगुप्ता": "Sengupta", "दास": "Das", "दासगुप्ता": "Dasgupta",
    "मुख़र्जी": "Mukherjee", "दुत्ता": "Dutta", "बनर्जी": "Banerjee",
    "चक्रवर्ती": "Chakraborty", "भट्टाचार्य": "Bhattacharya", "घोष": "Ghosh", "मित्रा": "Mitra",
    "गुहा": "Guha", "सरकार": "Sarkar", "साहा": "Saha", "रॉय": "Roy", "चोधरी": "Choudhary",
    "रॉय चौधरी": "Roy Chowdhury", "चौधरी": "Chowdhury", "मजूमदार": "Majumdar", "मंडल": "Mandal",
    "मैती": "Maity", "कलिता": "Kalita", "हजारिका": "Hazarika", "नाथ": "Nath", "बुरुाह": "Baruah",
    "थापा": "Thapa", "गुरुंग": "Gurung", "राय": "Rai", "प्रधान": "Pradhan", "तमांग": "Tamang",
    "छेत्री": "Chhetri", "नायर": "Nair", "मेनन": "Menon", "पिल्लई": "Pillai", "वेंकटएसन": "Venkatesan",
    "बलासुब्रमानियम": "Balasubramaniam", "राव": "Rao", "जयरामन": "Jayaraman", "सुब्रमण्यम": "Subramaniam",
    "रंगन": "Rangan", "रंगराजन": "Rangarajan", "नारायण": "Narayan", "रेड्डी": "Reddy",
    "द्विवेदी": "Dwivedi", "मिश्रा": "Mishra", "त्रिवेदी": "Trivedi", "झा": "Jha", "शुक्ला": "Shukla",
    "यादव": "Yadav", "सिन्हा": "Sinha", "पाण्डेय": "Pandey", "झादव": "Jadhav", "जेटली": "Jaitley",
    "चौहान": "Chauhan", "जोशी": "Joshi", "मिस्त्री": "Mistry", "खान": "Khan", "श्रीवास्तव": "Srivastava",
    "शाह": "Shah", "देशपांडे": "Deshpande", "गावडे": "Gawde", "कदम": "Kadam", "ताम्बे": "Tambe",
    "मेहता": "Mehta", "पटेल": "Patel", "पाटिल": "Patil", "पवार": "Pawar", "चवन": "Chavan",
    "डी’सोउज़ा": "D'Souza", "लोबो": "Lobo", "रोद्रिगुएस": "Rodrigues",
    "डी’कोस्टा": "D'Costa",
}  # fmt: skip
HI_PLACES = {
    "आदिलाबाद": "Adilabad", "अगरतला": "Agartala", "अहमदाबाद": "Ahmedabad", "अहमदनगर": "Ahmednagar",
    "अजमेर": "Ajmer", "अम्बाजी": "Ambaji", "अमरपुर": "Amarpur", "इलाहाबाद": "Allahabad", "अकोला": "Akola",
    "अखनूर": "Akhnoor", "अलांग": "Alang", "अलीगढ": "Aligarh", "अमरावती": "Amravati", "अमरोहा": "Amroha",
    "अनन्तपुर": "Anantapur", "अनंतनाग": "Anantnag", "भागलपुर": "Bhagalpur", "भद्रक": "Bhadrak",
    "बचेली": "Bacheli", "बहादुरगंज": "Bahadurganj", "बहादुरगढ": "Bahadurgarh", "चिरमिरी": "Chirmiri",
    "चिराला": "Chirala", "चित्रदुर्ग": "Chitradurga", "चित्तूर": "Chittoor", "चित्रकूट": "Chitrakoot",
    "देवगढ़": "Deogarh", "दालखोला": "Dalkhola", "देवास": "Dewas", "चंडीगढ": "Chandigarh",
    "चिपलुन": "Chiplun", "चक्रधरपुर": "Chakradharpur", "चंबा": "Chamba", "फतहपुर": "Fatehpur",
    "फतेहपुर": "Fatehpur", "फतेहगढ": "Fatehgarh", "धर्मापुरी": "Dharmapuri", "पाकाला": "Pakala",
    "धारवाड": "Dharwad", "देहरा": "Dehra", "रानीताल": "Ranital", "खडगपुर": "Kharagpur", "मोकामा": "Mokama",
    "मोकोकचुंग": "Mokokchung", "मोतिहारी": "Motihari", "लखनऊ": "Lucknow", "मुंबई": "Mumbai",
    "हैदराबाद": "Hyderabad",
}  # fmt: skip


def _hi_key(word: str) -> str:
    """Devanagari with nukta letters decomposed and zero-width joiners dropped, for table look-ups."""
    return unicodedata.normalize("NFD", word).replace("\u200d", "").replace("\u200c", "")


def _fa_norm(word: str) -> str:
    """Arabic yeh and kaf as their Persian forms; zero-width non-joiners and doubled spaces out."""
    word = word.replace("\u064a", "\u06cc").replace("\u0643", "\u06a9").replace("\u200c", "")
    return " ".join(word.split())


# Persian names by hand: the first spelling is the customary one, the others variants a registrar meets.
FA_GIVEN: dict[str, tuple[str, ...]] = {
    "فاطمه": ("Fatemeh", "Fatima"), "اسما": ("Asma",), "زهرا": ("Zahra",), "عسل": ("Asal",),
    "نازنین زهرا": ("Nazanin Zahra", "Nazanin-Zahra"), "النا": ("Elena",), "زینب": ("Zeinab", "Zaynab"),
    "سارا": ("Sara",), "یسنا": ("Yasna",), "آتنا": ("Atena",), "ریحانه": ("Reyhaneh", "Reihaneh"),
    "آیناز": ("Aynaz",), "هستی": ("Hasti",), "محیا": ("Mahya",), "ستایش": ("Setayesh",), "باران": ("Baran",),
    "ثنا": ("Sana",), "هلیا": ("Helia", "Heliya"), "مریم": ("Maryam",), "یلدا": ("Yalda",),
    "فاطمه زهرا": ("Fatemeh Zahra",), "ملیکا": ("Melika",), "سارینا": ("Sarina",), "نازنین": ("Nazanin",),
    "مهسا": ("Mahsa",), "آیلین": ("Aylin", "Ailin"), "نرگس": ("Narges",), "حنانه": ("Hananeh",),
    "رقیه": ("Roghayeh", "Roqayeh"), "کیانا": ("Kiana",), "کوثر": ("Kowsar", "Kosar"), "هانیه": ("Hanieh", "Haniyeh"),
    "مبینا": ("Mobina",), "مهدیس": ("Mahdis",), "رها": ("Raha",), "آوا": ("Ava",), "اسرا": ("Asra",),
    "یگانه": ("Yeganeh",), "نیایش": ("Niayesh",), "حدیث": ("Hadis",), "الینا": ("Elina",), "سوگند": ("Sogand",),
    "مائده": ("Maedeh",), "پریا": ("Parya",), "معصومه": ("Masoumeh", "Masoomeh"), "مهدیه": ("Mahdieh",),
    "آیدا": ("Aida",), "الناز": ("Elnaz",), "محدثه": ("Mohadeseh",), "یاسمین": ("Yasmin",), "حسنا": ("Hosna",),
    "پرنیا": ("Parnia",), "حلما": ("Helma",), "بهار": ("Bahar",),
    "امیر علی": ("Amir Ali", "Amirali"), "امیرعلی": ("Amirali", "Amir Ali"), "پرهام": ("Parham",),
    "ابوالفضل": ("Abolfazl",), "کیان": ("Kian",), "امیرحسین": ("Amirhossein", "Amir Hossein", "Amir-Hossein"),
    "متین": ("Matin",), "محمد طاها": ("Mohammad Taha",), "عرفان": ("Erfan",),
    "محمد": ("Mohammad", "Mohammed", "Muhammad"), "دانیال": ("Danial", "Daniyal"), "علی": ("Ali",),
    "آرمین": ("Armin",), "امیرمحمد": ("Amir Mohammad", "Amirmohammad"), "آرتین": ("Artin",),
    "حسین": ("Hossein", "Hussein", "Hosein"), "سبحان": ("Sobhan",), "مهدی": ("Mehdi", "Mahdi"), "سینا": ("Sina",),
    "محمد مهدی": ("Mohammad Mehdi", "Mohammadmehdi"), "محمدمهدی": ("Mohammad Mehdi", "Mohammadmehdi"), "آریا": ("Arya", "Aria"),
    "محمدرضا": ("Mohammadreza", "Mohammad Reza", "Mohammad-Reza"), "محمدپارسا": ("Mohammad Parsa",),
    "طاها": ("Taha",), "سجاد": ("Sajjad", "Sajad"), "امیررضا": ("Amirreza", "Amir Reza"), "آرش": ("Arash",),
    "امیرعباس": ("Amir Abbas",), "نیما": ("Nima",), "علیرضا": ("Alireza", "Ali Reza", "Ali-Reza"),
    "عرشیا": ("Arshia",), "محمدامین": ("Mohammad Amin",), "مبین": ("Mobin",),
    "محمدحسین": ("Mohammad Hossein", "Mohammadhossein"), "یوسف": ("Yousef", "Yusuf"), "رضا": ("Reza",),
    "احسان": ("Ehsan",), "علی اصغر": ("Ali Asghar", "Aliasghar"), "آرین": ("Arian", "Aryan"),
    "امیرمهدی": ("Amir Mehdi",), "محمدیاسین": ("Mohammad Yasin",), "ماهان": ("Mahan",), "عباس": ("Abbas",),
    "پارسا": ("Parsa",), "حسام": ("Hesam", "Hessam"), "یاسین": ("Yasin", "Yaseen"), "علی رضا": ("Ali Reza",),
    "ایلیا": ("Ilia", "Iliya"), "علی اکبر": ("Ali Akbar", "Aliakbar"), "محمدجواد": ("Mohammad Javad",),
    "بنیامین": ("Benyamin",), "سامیار": ("Samyar",), "آراد": ("Arad",), "محمدعلی": ("Mohammad Ali",),
}  # fmt: skip
FA_SURNAMES: dict[str, tuple[str, ...]] = {
    "محمدی": ("Mohammadi",), "محمد پور": ("Mohammadpour", "Mohammadpoor"), "اکبر پور": ("Akbarpour",),
    "رضا زاده": ("Rezazadeh", "Reza Zadeh"), "مجتهدی": ("Mojtahedi",), "دایی": ("Daei",), "حمیدی": ("Hamidi",),
    "کابلی": ("Kaboli",), "عبدالعلی": ("Abdolali",), "احمدی": ("Ahmadi",), "اشرفی": ("Ashrafi",),
    "علیجانی": ("Alijani",), "ابوطالبی": ("Aboutalebi", "Abutalebi"), "علی شاهی": ("Alishahi",),
    "الوندی": ("Alvandi",), "بهمنی": ("Bahmani",), "بهرامی": ("Bahrami",), "هنری": ("Honari",),
    "ایروانی": ("Iravani",), "حریریان": ("Haririan",), "جعفر پور": ("Jafarpour", "Jafarpoor"), "جلالی": ("Jalali",),
    "جلیلی": ("Jalili",), "روحانی": ("Rouhani", "Rohani"), "خسروجردی": ("Khosrojerdi",), "منصوری": ("Mansouri",),
    "مهدیان": ("Mahdian",), "نوروزی": ("Norouzi", "Nowruzi"), "نوری": ("Nouri", "Noori"), "رسته": ("Rasteh",),
    "سماوات": ("Samavat",), "سمسار": ("Semsar",), "شادروان": ("Shadravan",), "شاکری": ("Shakeri",),
    "سلطانی": ("Soltani",), "شبیری": ("Shobeiri",), "تحسینی": ("Tahsini",), "تنزیلی": ("Tanzili",),
    "طلوعی": ("Tolouei",), "ولاشجردی": ("Valashjerdi",), "وثاق": ("Vesagh",), "ظفری": ("Zafari",),
    "زمانی": ("Zamani",), "زارع": ("Zare",), "زارعی": ("Zarei",), "ربانی": ("Rabbani",), "شمشیری": ("Shamshiri",),
    "صارمی": ("Saremi",), "صیادی": ("Sayadi", "Sayyadi"), "سرخوشیان": ("Sarkhoshian",), "رستمی": ("Rostami",),
    "رسولی": ("Rasouli", "Rasooli"), "رفیعی": ("Rafiei",), "کریمی": ("Karimi",), "کرمانی": ("Kermani",),
    "سعیدی": ("Saeedi", "Saidi"), "عباسی": ("Abbasi",), "پویان": ("Pouyan",), "ترکاشوند": ("Torkashvand",),
    "زنجانی": ("Zanjani",), "تهرانی": ("Tehrani",), "جنتی": ("Jannati",), "صنایعی": ("Sanaei",),
    "جهانی": ("Jahani",), "اشتری": ("Ashtari",), "چنگیزی": ("Changizi",), "دادفر": ("Dadfar",),
    "سغیری": ("Saghiri",), "پارسا": ("Parsa",), "ضابطی": ("Zabeti",), "میردامادی": ("Mirdamadi",),
    "عقیلی": ("Aghili",), "نامور": ("Namvar",), "حسنی": ("Hassani", "Hasani"), "لاهوتی": ("Lahouti",),
    "محجوب": ("Mahjoub",), "هاشمی": ("Hashemi",), "معروف": ("Marouf",), "معین": ("Moein",),
    "هوشیار": ("Houshyar",), "هومن": ("Houman",), "هدایت": ("Hedayat",), "قاضی": ("Ghazi",),
    "ملکیان": ("Malekian",), "ضرغامی": ("Zarghami",), "یزدی": ("Yazdi",), "نوبختی": ("Nobakhti",),
    "مجتبوی": ("Mojtabavi",), "نیلوفری": ("Niloufari",), "لاچینی": ("Lachini",), "علی پور": ("Alipour",),
    "عبدالمالکی": ("Abdolmaleki",), "فرجی": ("Faraji",), "موسوی": ("Mousavi", "Moussavi"), "همدانی": ("Hamedani",),
    "موحد": ("Movahed",), "کمالی": ("Kamali",), "گلپایگانی": ("Golpayegani",), "نعمتی": ("Nemati",),
    "عزیزی": ("Azizi",), "رودگر": ("Roudgar",),
}  # fmt: skip
# Provinces named after their capital city are used as towns; the other provinces only as words.
FA_PLACES: dict[str, tuple[str, bool]] = {
    "اردبیل": ("Ardabil", True), "اصفهان": ("Isfahan", True), "ایلام": ("Ilam", True), "بوشهر": ("Bushehr", True),
    "تهران": ("Tehran", True), "زنجان": ("Zanjan", True), "سمنان": ("Semnan", True), "قزوین": ("Qazvin", True),
    "قم": ("Qom", True), "کرمان": ("Kerman", True), "کرمانشاه": ("Kermanshah", True), "همدان": ("Hamadan", True),
    "یزد": ("Yazd", True), "البرز": ("Alborz", False), "گیلان": ("Gilan", False), "گلستان": ("Golestan", False),
    "مازندران": ("Mazandaran", False), "خوزستان": ("Khuzestan", False), "کردستان": ("Kurdistan", False),
    "لرستان": ("Lorestan", False), "فارس": ("Fars", False), "هرمزگان": ("Hormozgan", False),
    "مرکزی": ("Markazi", False), "خراسان": ("Khorasan", False),
}  # fmt: skip


def romanize_fa(word: str) -> str:
    """The customary spelling of a Persian name or province in the hand-written tables ("" if none)."""
    w = _fa_norm(word)
    for table in (FA_GIVEN, FA_SURNAMES):
        if w in table:
            return table[w][0]
    return FA_PLACES[w][0] if w in FA_PLACES else ""


_HI_GIVEN = {_hi_key(k): v for k, v in HI_GIVEN_SPELLING.items()}
_HI_SKIP = frozenset(_hi_key(k) for k in HI_GIVEN_SKIP)
_HI_SURNAMES = {_hi_key(k): v for k, v in HI_SURNAMES.items()}
_HI_PLACES = {_hi_key(k): v for k, v in HI_PLACES.items()}
# The hi_IN tables list a few names under the other sex; these are left out of that list.
HI_NOT_MALE = frozenset({"Akanksha", "Aruna", "Chandana", "Ila", "Vijaya", "Padma"})
HI_NOT_FEMALE = frozenset({"Bal", "Bharat", "Gulzar", "Indrajit", "Kailash", "Kshitij", "Jaswinder", "Swarna"})


def _hi_given(word: str) -> str:
    """A Hindi given name's customary spelling: the hand-written table, else letter by letter."""
    key = _hi_key(word)
    return _HI_GIVEN.get(key) or romanize_hi(key)


@dataclass(frozen=True)
class Pools:
    """Romanized values: given[(locale, sex)] and surnames[locale] as tuples of spellings (the first
    customary), towns (places used as where someone lives or was born) and words (places and
    surnames that also make street and organisation names), each read from its locale's tables."""

    given: dict[tuple[str, str], list[tuple[str, ...]]]
    surnames: dict[str, list[tuple[str, ...]]]
    towns: list[str]
    words: list[str]


def _uniq(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


@lru_cache(maxsize=1)
def pools() -> Pools:
    hi_m = [str(v) for v in own_table("faker.providers.person.hi_IN", "first_names_male")]
    hi_f = [str(v) for v in own_table("faker.providers.person.hi_IN", "first_names_female")]
    hi_last = [str(v) for v in own_table("faker.providers.person.hi_IN", "last_names")]
    hi_city = [str(v) for v in own_table("faker.providers.address.hi_IN", "cities")]
    fa_m = [_fa_norm(str(v)) for v in own_table("faker.providers.person.fa_IR", "first_names_male")]
    fa_f = [_fa_norm(str(v)) for v in own_table("faker.providers.person.fa_IR", "first_names_female")]
    fa_last = [_fa_norm(str(v)) for v in own_table("faker.providers.person.fa_IR", "last_names")]
    fa_prov = [_fa_norm(str(v)) for v in own_table("faker.providers.address.fa_IR", "states")]

    def hi_names(table: list[str], wrong_sex: frozenset[str]) -> list[tuple[str, ...]]:
        out = [(_hi_given(n),) for n in _uniq(table) if _hi_key(n) not in _HI_SKIP]
        return list(dict.fromkeys(v for v in out if re.fullmatch(r"[A-Z][a-z]+", v[0]) and v[0] not in wrong_sex))

    given: dict[tuple[str, str], list[tuple[str, ...]]] = {
        ("hi_IN", "m"): hi_names(hi_m, HI_NOT_MALE),
        ("hi_IN", "f"): hi_names(hi_f, HI_NOT_FEMALE),
        ("fa_IR", "m"): list(dict.fromkeys(FA_GIVEN[n] for n in fa_m if n in FA_GIVEN)),
        ("fa_IR", "f"): list(dict.fromkeys(FA_GIVEN[n] for n in fa_f if n in FA_GIVEN)),
    }
    surnames: dict[str, list[tuple[str, ...]]] = {
        "hi_IN": list(dict.fromkeys((_HI_SURNAMES[_hi_key(n)],) for n in hi_last if _hi_key(n) in _HI_SURNAMES)),
        "fa_IR": list(dict.fromkeys(FA_SURNAMES[n] for n in fa_last if n in FA_SURNAMES)),
    }
    hi_towns = _uniq([_HI_PLACES[_hi_key(c)] for c in hi_city if _hi_key(c) in _HI_PLACES])
    fa_towns = _uniq([FA_PLACES[p][0] for p in fa_prov if p in FA_PLACES and FA_PLACES[p][1]])
    fa_words = _uniq([FA_PLACES[p][0] for p in fa_prov if p in FA_PLACES])
    towns = hi_towns + fa_towns
    words = _uniq(hi_towns + fa_words + [s[0] for loc in LOCALES for s in surnames[loc] if s[0].isalpha()])
    return Pools(given, surnames, towns, words)


def provenance_problems() -> list[str]:
    """Each Faker table this module reads that is not its locale's own (empty when all are)."""
    return _provenance_problems(FAKER_TABLES)


# ---------------------------------------------------------------------------------------------
# Hand-written values: US towns and street words, area codes, keep terms.

US_TOWNS = (
    "Edison", "Iselin", "Fremont", "Sunnyvale", "Sugar Land", "Irvine", "Plano", "Frisco", "Naperville",
    "Schaumburg", "Fairfax", "Herndon", "Cary", "Alpharetta", "Novi", "Bellevue", "Tarzana", "Great Neck",
    "Woodland Hills", "Parsippany",
)  # fmt: skip
TOWN_STATE = {
    "Edison": "NJ", "Iselin": "NJ", "Fremont": "CA", "Sunnyvale": "CA", "Sugar Land": "TX", "Irvine": "CA",
    "Plano": "TX", "Frisco": "TX", "Naperville": "IL", "Schaumburg": "IL", "Fairfax": "VA", "Herndon": "VA",
    "Cary": "NC", "Alpharetta": "GA", "Novi": "MI", "Bellevue": "WA", "Tarzana": "CA", "Great Neck": "NY",
    "Woodland Hills": "CA", "Parsippany": "NJ",
}  # fmt: skip
STATE_AREA = {
    "NJ": ("732", "908", "201", "973", "848"), "CA": ("408", "650", "949", "818", "510", "714"),
    "TX": ("281", "832", "972", "469", "214"), "IL": ("630", "847", "331"), "VA": ("703", "571"),
    "NC": ("919", "984"), "GA": ("678", "770", "470"), "MI": ("248", "734"), "WA": ("425", "206"),
    "NY": ("516", "718", "347"), "MD": ("301", "410", "443"), "PA": ("215", "412", "610"),
    "OH": ("614", "216", "513"), "MA": ("617", "508", "781"), "AZ": ("480", "602", "520"),
}  # fmt: skip
STATE_ZIP = {
    "NJ": (7001, 8989), "CA": (90001, 96162), "TX": (75001, 79999), "IL": (60001, 62999), "VA": (20101, 24658),
    "NC": (27006, 28909), "GA": (30002, 31999), "MI": (48001, 49971), "WA": (98001, 99403), "NY": (10001, 14975),
    "MD": (20601, 21930), "PA": (15001, 19640), "OH": (43001, 45999), "MA": (1001, 2791), "AZ": (85001, 86556),
}  # fmt: skip
STREET_WORDS = (
    "Oak", "Maple", "Willow", "Cedar", "Meadowbrook", "Hillcrest", "Sycamore", "Lakeview", "Ridgewood",
    "Birch", "Magnolia", "Juniper", "Foxhall", "Sterling", "Clearwater", "Harbor", "Orchard", "Linden",
)  # fmt: skip
STREET_SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Drive", "Dr", "Court", "Ct", "Lane", "Ln", "Way", "Road", "Rd",
    "Boulevard", "Blvd", "Circle", "Cir", "Place", "Pl", "Terrace", "Parkway", "Pkwy", "Trail",
)  # fmt: skip
ORG_EN = ("Cedar Valley", "Lakeshore", "Northgate", "Riverbend", "Summit", "Brookside", "Fairview", "Westfield")

DRUGS = (
    "oxytocin", "lidocaine", "sertraline", "escitalopram", "buprenorphine-naloxone", "naltrexone", "latanoprost",
    "prednisolone acetate", "moxifloxacin", "letrozole", "follitropin alfa", "progesterone in oil", "semaglutide",
    "metformin", "insulin glargine", "epinephrine auto-injector", "albuterol", "cetirizine", "ondansetron",
    "morphine", "lorazepam", "haloperidol", "apixaban", "furosemide", "tretinoin", "mupirocin", "tamsulosin",
    "atorvastatin", "levothyroxine", "montelukast", "methotrexate", "adalimumab", "dupilumab", "tirzepatide",
    "hydroxychloroquine", "gabapentin", "carbidopa-levodopa", "donepezil", "terbutaline", "magnesium sulfate",
)  # fmt: skip
INSURERS = (
    "Aetna", "Cigna", "UnitedHealthcare", "Humana", "Anthem Blue Cross", "Blue Cross Blue Shield", "Medicare",
    "Medicaid", "Medi-Cal", "TRICARE", "Oscar Health", "Ambetter", "Molina Healthcare", "Wellcare",
    "Horizon BCBSNJ", "Amerigroup", "Kaiser Permanente Senior Advantage",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# A document under construction: plain text, PHI spans and keep terms, appended in order.


Slot = tuple[str, str]


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}
        self.case = ""  # "lower" or "upper": the whole text changes case (ASCII, offsets kept)
        self.wrap = 0  # wrap lines at this width (a space becomes a newline, offsets kept)
        self.form = False  # a form or system text: never written all in lower case

    def add(self, s: str, tag: str = "") -> None:
        """Append `s`; a tag in capitals is its PHI type, in lower case its keep kind."""
        if tag and tag.isupper():
            assert s and s == s.strip(), (s, tag)
            self.phi.append((self.n, self.n + len(s), tag))
        elif tag:
            assert tag in KEEP_KINDS, tag
            self.keep.setdefault(s, tag)
        self.parts.append(s)
        self.n += len(s)

    def fill(self, template: str, **slots: tuple[str, str]) -> None:
        """Append `template`, each {slot} replaced by its (surface, tag)."""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            self.add(template[pos : m.start()])
            value, tag = slots[m.group(1)]
            if value:
                self.add(value, tag)
            pos = m.end()
        self.add(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


def _wrap(text: str, guarded: list[tuple[int, int]], width: int) -> str:
    """Break lines longer than `width` at the last space that is not inside a guarded interval."""
    chars = list(text)
    start = 0
    while True:
        nl = text.find("\n", start)
        end = len(chars) if nl < 0 else nl
        if end - start > width:
            cut = -1
            for i in range(start + width, start, -1):
                if chars[i] == " " and not any(a <= i < b for a, b in guarded):
                    cut = i
                    break
            if cut > 0:
                chars[cut] = "\n"
                text = "".join(chars)
                start = cut + 1
                continue
        if nl < 0:
            return "".join(chars)
        start = nl + 1


def finish(doc: Doc, rid: str, family: str) -> dict:
    """The record: text (case and wrapping applied), PHI spans, and the keep terms that occur in
    the text and never inside a PHI span."""
    text = doc.text()
    keep = dict(doc.keep)
    if doc.case:
        change = str.lower if doc.case == "lower" else str.upper
        pieces, pos = [], 0
        for a, b, t in doc.phi:
            pieces += [change(text[pos:a]), text[a:b] if t in ("URL", "EMAIL") else change(text[a:b])]
            pos = b
        text = "".join([*pieces, change(text[pos:])])
        keep = {change(k): v for k, v in keep.items()}
    assert text.isascii(), rid
    spans = [(a, b) for a, b, _ in doc.phi]
    if doc.wrap:
        guarded = list(spans)
        for term in keep:
            guarded += [(m.start(), m.end()) for m in re.finditer(re.escape(term), text)]
        text = _wrap(text, guarded, doc.wrap)
    kept: dict[str, str] = {}
    for term, kind in keep.items():
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if hits and not any(a < i + len(term) and i < b for i in hits for a, b in spans):
            kept[term] = kind
    return {
        "id": rid,
        "family": family,
        "text": text,
        "phi": [{"start": a, "end": b, "type": t} for a, b, t in doc.phi],
        "keep": list(kept),
        "keep_kinds": kept,
    }


# ---------------------------------------------------------------------------------------------
# People and values.


@dataclass
class Person:
    given: str
    surname: str
    sex: str  # "f" or "m"
    loc: str
    middle: str = ""  # a Hindi middle name ("Kumar") or father's given name
    surname2: str = ""  # a second surname for a hyphenated married name

    @property
    def first_token(self) -> str:
        return self.given.replace("-", " ").split()[0]


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATE_STYLES = (
    "mdY", "mdY", "mdY", "mdy", "md", "md", "iso", "long", "long", "long_noyear", "abbr", "abbr_noyear", "dMy",
    "dMonY", "DDMONYYYY", "wk_md", "wk_long", "wk_abbr", "dot", "dash", "monyear", "ord_noyear",
)  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def spell_age(n: int) -> str:
    """90-109 in words: "ninety-four", "one hundred and two"."""
    if n < 100:
        return "ninety" + (f"-{_UNITS[n - 91]}" if n > 90 else "")
    return "one hundred" + (f" and {_UNITS[n - 101]}" if n > 100 else "")


def persian_date(d: dt.date) -> str:
    """A Solar Hijri date (year/month/day) counted from Nowruz taken as March 21."""
    year = d.year - 621 if d >= dt.date(d.year, 3, 21) else d.year - 622
    start = dt.date(year + 621, 3, 21)
    days = (d - start).days
    month = 1
    for length in (31,) * 6 + (30,) * 5 + (30,):
        if days < length:
            break
        days -= length
        month += 1
    return f"{year}/{month:02d}/{days + 1:02d}"


class Gen:
    """Every value of one row, drawn from the module's seeded random.Random."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.p = pools()
        self.today = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 900))
        self.state = rng.choice(tuple(STATE_AREA))
        self.loc = rng.choice(LOCALES)  # the row's main family's locale

    # --- basics
    def pick(self, seq: Sequence[str]) -> str:
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def pattern(self, pat: str) -> str:
        """# a digit, A a capital letter (no I, O), X either; "!" keeps the next character; anything else is kept."""
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        out = []
        literal = False
        for c in pat:
            if literal:
                out.append(c)
                literal = False
            elif c == "!":
                literal = True
            elif c == "#":
                out.append(str(self.rng.randrange(10)))
            elif c == "A":
                out.append(self.pick(letters))
            elif c == "X":
                out.append(self.pick(letters + "0123456789"))
            else:
                out.append(c)
        return "".join(out)

    # --- people
    def person(self, loc: str | None = None, sex: str | None = None) -> Person:
        loc = loc or (self.loc if self.chance(0.75) else self.pick(LOCALES))
        sex = sex or self.pick("fm")
        spellings = self.p.given[(loc, sex)][self.rng.randrange(len(self.p.given[(loc, sex)]))]
        given = spellings[0] if len(spellings) == 1 or self.chance(0.6) else self.pick(spellings[1:])
        sur = self.p.surnames[loc][self.rng.randrange(len(self.p.surnames[loc]))]
        surname = sur[0] if len(sur) == 1 or self.chance(0.7) else self.pick(sur[1:])
        middle = ""
        if loc == "hi_IN" and self.chance(0.25):
            middle = (
                self.pick(("Kumar", "Prasad", "Lal", "Chandra", "Nath"))
                if sex == "m"
                else self.pick(("Kumari", "Devi", "Rani"))
            )
        p2 = ""
        if sex == "f" and self.chance(0.3):
            other = self.p.surnames[self.pick(LOCALES)]
            p2 = other[self.rng.randrange(len(other))][0]
            if p2 == surname:
                p2 = ""
        return Person(given, surname, sex, loc, middle, p2)

    def name(self, p: Person, style: str = "") -> str:
        """A rendering of `p`'s name; `style` picks one, else a weighted random one."""
        if not style:
            style = self.pick(
                (
                    "full",
                    "full",
                    "full",
                    "full",
                    "given",
                    "last_first",
                    "caps",
                    "lower",
                    "init_sur",
                    "full3",
                    "hyph",
                    "given_init",
                    "LAST_FIRST",
                )  # fmt: skip
            )
        g, s = p.given, p.surname
        if style == "full3":
            style = "full" if not p.middle else style
            if p.middle:
                return f"{g} {p.middle} {s}"
        if style == "hyph" or (style in ("full", "caps") and p.surname2 and self.chance(0.6)):
            full = f"{g} {s}-{p.surname2}" if p.surname2 else f"{g} {s}"
            return full.upper() if style == "caps" else full
        full = f"{g} {s}"
        return {
            "full": full,
            "given": g,
            "first": p.first_token,
            "sur": s,
            "last_first": f"{s}, {g}",
            "last_first_mi": f"{s}, {g} {(p.middle or self.pick('ABDKMNRS'))[0]}.",
            "LAST_FIRST": f"{s}, {g}".upper(),
            "LAST_FIRST_MI": f"{s.upper()}, {g.upper()} {(p.middle or self.pick('ABDKMNRS'))[0]}",
            "LASTFIRST_TIGHT": f"{s.upper()},{g.upper()}",
            "caps": full.upper(),
            "lower": full.lower(),
            "init_sur": f"{g[0]}. {s}",
            "given_init": f"{g} {s[0]}.",
            "initials": f"{g[0]}{s[0]}",
            "initials_dots": f"{g[0]}.{s[0]}.",
            "initials_lower": f"{g[0]}{s[0]}".lower(),
        }[style]

    def title(self, p: Person) -> str:
        if p.loc == "fa_IR" and self.chance(0.2):
            return "Agha " if p.sex == "m" else "Khanom "
        if p.loc == "hi_IN" and self.chance(0.2):
            return "Shri " if p.sex == "m" else "Smt. "
        return "Mr. " if p.sex == "m" else self.pick(("Ms. ", "Mrs. "))

    def clinician(self, loc: str | None = None) -> Person:
        return self.person(loc or self.pick(LOCALES))

    # --- dates
    def day(self, back: int = 60, ahead: int = 0) -> dt.date:
        return self.today + dt.timedelta(days=self.rng.randint(-back, ahead))

    def dob(self, age: int) -> dt.date:
        return self.today - dt.timedelta(days=age * 365 + self.rng.randrange(0, 360))

    def date(self, d: dt.date, style: str = "") -> str:
        style = style or self.pick(_DATE_STYLES)
        m, mon, wk = d.month, MONTHS[d.month - 1], WEEKDAYS[d.weekday()]
        return {
            "mdY": f"{m:02d}/{d.day:02d}/{d.year}" if self.chance(0.6) else f"{m}/{d.day}/{d.year}",
            "mdy": f"{m}/{d.day}/{d.year % 100:02d}",
            "md": f"{m}/{d.day}",
            "iso": d.isoformat(),
            "long": f"{mon} {d.day}, {d.year}",
            "long_noyear": f"{mon} {self.pick((str(d.day), _ordinal(d.day)))}",
            "abbr": f"{mon[:3]}{self.pick(('', '.'))} {d.day}, {d.year}" if mon != "May" else f"May {d.day}, {d.year}",
            "abbr_noyear": f"{mon[:3]} {d.day}",
            "dMy": f"{d.day} {mon} {d.year}",
            "dMonY": f"{d.day:02d}-{mon[:3]}-{d.year}",
            "DDMONYYYY": f"{d.day:02d}{mon[:3].upper()}{d.year}",
            "wk_md": f"{self.pick((wk, wk[:3]))} {m}/{d.day}",
            "wk_long": f"{wk}, {mon} {d.day}, {d.year}",
            "wk_abbr": f"{wk[:3]}, {mon[:3]} {d.day}",
            "dot": f"{m:02d}.{d.day:02d}.{d.year}",
            "dash": f"{m}-{d.day}-{d.year}",
            "monyear": self.pick((f"{mon} {d.year}", f"{m:02d}/{d.year}")),
            "ord_noyear": f"{mon} {_ordinal(d.day)}",
            "compact": f"{d.year}{m:02d}{d.day:02d}",
            "persian": persian_date(d),
        }[style]

    def time(self, clock12: bool = False) -> str:
        h, mi = self.rng.randint(0, 23), self.pick(("00", "05", "10", "15", "20", "30", "40", "45", "50", "12", "37"))
        if clock12:
            h = self.rng.randint(6, 19)
        elif self.chance(0.5):
            return f"{h:02d}{mi}" if self.chance(0.3) else f"{h:02d}:{mi}"
        return (
            f"{(h % 12) or 12}:{mi} {'AM' if h < 12 else 'PM'}"
            if self.chance(0.5)
            else f"{(h % 12) or 12}:{mi}{'am' if h < 12 else 'pm'}"
        )

    def old_age(self) -> tuple[str, int]:
        n = self.rng.choice((90, 91, 91, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104))
        return (spell_age(n) if self.chance(0.35) else str(n)), n

    def age_slot(self, lo: int, hi: int, p_old: float) -> tuple[tuple[str, str], int]:
        """An age as a slot: 90 or more (AGE, sometimes spelled) with probability `p_old`, else a plain number."""
        if self.chance(p_old):
            s, n = self.old_age()
            return (s if s.isdigit() else str(n), "AGE"), n
        n = self.young(lo, hi)
        return (str(n), ""), n

    def young(self, lo: int = 18, hi: int = 84) -> int:
        return self.rng.randint(lo, hi)

    # --- contact and places
    def phone(self, style: str = "", ext: bool | None = None, state: str = "") -> str:
        area = self.pick(STATE_AREA[state or self.state])
        ex = str(self.rng.randint(201, 989))
        while ex[1:] == "11" or ex == "555":
            ex = str(self.rng.randint(201, 989))
        line = self.digits(4)
        style = style or self.pick(
            (
                "paren",
                "paren",
                "dash",
                "dash",
                "dot",
                "plus",
                "plus_paren",
                "one",
                "bare",
                "bare",
                "space",
                "local",
                "local",
            )
        )
        num = {
            "paren": f"({area}) {ex}-{line}",
            "dash": f"{area}-{ex}-{line}",
            "dot": f"{area}.{ex}.{line}",
            "plus": f"+1 {area}-{ex}-{line}",
            "plus_paren": f"+1 ({area}) {ex}-{line}",
            "one": f"1-{area}-{ex}-{line}",
            "bare": f"{area}{ex}{line}",
            "space": f"{area} {ex} {line}",
            "local": f"{ex}-{line}",
        }[style]
        if ext is None:
            ext = self.chance(0.2)
        if ext:
            width = int(self.pick("2334445"))
            num += self.pick((" ext. ", " ext ", " x", " x ", " extension ", "x")) + str(
                self.rng.randint(10 ** (width - 1), 10**width - 1)
            )
        return num

    def town(self, us: float = 0.5) -> str:
        return self.pick(US_TOWNS) if self.chance(us) else self.pick(self.p.towns)

    def street(self, po: float = 0.08) -> str:
        if self.chance(po):
            return f"PO Box {self.rng.randint(12, 98765)}"
        word = self.pick(self.p.words) if self.chance(0.55) else self.pick(STREET_WORDS)
        line = f"{self.rng.randint(3, 29999)} {word} {self.pick(STREET_SUFFIXES)}"
        if self.chance(0.3):
            line += self.pick((" Apt ", " Apt. ", " Unit ", " #", " Suite ")) + self.pattern(
                self.pick(("##", "#A", "###", "A#"))
            )
        return line

    def place(self, us: float = 0.5) -> tuple[str, str, str]:
        """(town, state abbreviation, ZIP) that agree: a US town in its state, a locale town in the row's."""
        town = self.town(us)
        self.state = TOWN_STATE.get(town, self.state)  # later phones of the row get this state's area codes
        return town, self.state, self.zipcode(self.state)

    def where(self, t: str = "t", s: str = "s", z: str = "z", us: float = 0.5, upper: bool = False) -> dict[str, Slot]:
        """Slots for a town (LOCATION), its state (not PHI) and a ZIP that agree."""
        town, state, zc = self.place(us)
        return {t: (town.upper() if upper else town, "LOCATION"), s: (state, ""), z: (zc, "ZIP")}

    def zipcode(self, state: str = "") -> str:
        lo, hi = STATE_ZIP[state or self.state]
        z = f"{self.rng.randint(lo, hi):05d}"
        return z + (f"-{self.digits(4)}" if self.chance(0.15) else "")

    def email(self, p: Person) -> str:
        f, s = re.sub(r"[^a-z]", "", p.first_token.lower()), re.sub(r"[^a-z]", "", p.surname.lower())
        local = self.pick((f"{f}.{s}", f"{f}{s}{self.rng.randint(1, 99)}", f"{f[0]}{s}", f"{s}.{f}", f"{f}_{s[:3]}",
                           f"{f}{self.rng.randint(1950, 2012)}", f"{s}family", f"{f}.{s[0]}{self.rng.randint(10, 99)}"))  # fmt: skip
        dom = self.pick(("gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                         "comcast.net", "att.net", "verizon.net", "proton.me"))  # fmt: skip
        return f"{local}@{dom}"

    def staff_email(self, p: Person, org: str) -> str:
        f, s = re.sub(r"[^a-z]", "", p.first_token.lower()), re.sub(r"[^a-z]", "", p.surname.lower())
        return f"{self.pick((f'{f}.{s}', f'{f[0]}{s}', f'{f[0]}.{s}'))}@{self.domain(org)}"

    def domain(self, org: str) -> str:
        words = re.sub(r"[^a-z ]", "", org.lower()).split()
        suffix = ("health", "med", "", "clinic")[len(org) % 4]
        short = "".join(words[:2]) + ("" if suffix in words[:2] else suffix)
        return f"{short}.{('org', 'com', 'org', 'net')[len(words) % 4]}"

    def facility(self, kind: str) -> str:
        w = self.pick(self.p.words) if self.chance(0.8) else self.pick(ORG_EN)
        if kind == "camp":
            return f"Camp {w}"
        suffix = {
            "hospital": (
                "Regional Medical Center",
                "Medical Center",
                "Community Hospital",
                "General Hospital",
                "Memorial Hospital",
            ),
            "clinic": (
                "Family Medicine",
                "Medical Group",
                "Primary Care",
                "Internal Medicine Associates",
                "Health Center",
            ),
            "fertility": ("Fertility Center", "Reproductive Medicine", "IVF and Fertility"),
            "eye": ("Eye Institute", "Eye Associates", "Vision Center"),
            "hearing": ("Hearing Center", "Hearing and Balance"),
            "derm": ("Skin and Laser", "Dermatology Associates", "Skin Clinic"),
            "recovery": ("Recovery Services", "Treatment Center", "Behavioral Health"),
            "dialysis": ("Dialysis Center", "Kidney Care", "Dialysis Unit"),
            "hospice": ("Hospice", "Hospice and Palliative Care", "Home Hospice"),
            "pharmacy": ("Pharmacy", "Family Pharmacy", "Apothecary", "Drugs"),
            "employer": ("Logistics", "Builders LLC", "Foods Inc", "Warehousing", "Manufacturing", "Transit Authority"),
            "transport": ("Medical Transportation", "Transport", "Care Rides", "Paratransit"),
            "school": ("High School", "Middle School", "Academy", "Preparatory School"),
            "blood": ("Blood Center", "Community Blood Bank"),
            "funeral": ("Funeral Home", "Funeral Chapel", "Memorial Chapel"),
            "lab": ("Laboratories", "Reference Lab", "Pathology Associates"),
            "sleep": ("Sleep Center", "Sleep Disorders Center"),
            "snf": ("Care Center", "Nursing and Rehabilitation", "Senior Living"),
            "civil": ("Immigration Medical", "Travel and Immigration Clinic"),
            "va": ("VA Medical Center", "VA Clinic", "Vet Center"),
            "bariatric": ("Weight Loss Surgery", "Bariatric Institute", "Metabolic Surgery Center"),
            "collect": ("Occupational Medicine", "Drug Testing", "Workplace Health"),
        }[kind]
        return f"{w} {self.pick(suffix)}"

    # --- identifiers
    def mrn(self) -> str:
        return self.pattern(
            self.pick(("########", "E#######", "#########", "MR-######", "00#######", "##-##-##", "K#######"))
        )

    def account(self) -> str:
        return self.pattern(self.pick(("##########", "H!AR-#########", "G#######", "#######-##", "A########")))

    def member(self) -> str:
        return self.pattern(
            self.pick(
                (
                    "W#########",
                    "AAA#########",
                    "U#########0#",
                    "#########A",
                    "AA########",
                    "ZA#######K",
                    "###-##-####-##",
                )
            )
        )

    def mbi(self) -> str:
        return self.pattern("#AX#-AX#-AA##").replace("O", "P")

    def ssn(self) -> str:
        area = self.rng.randint(1, 899)
        while area == 666:
            area = self.rng.randint(1, 899)
        sep = self.pick(("-", "-", "-", " ", ""))
        return f"{area:03d}{sep}{self.rng.randint(1, 99):02d}{sep}{self.rng.randint(1, 9999):04d}"

    def driver_license(self) -> str:
        return self.pattern(
            self.pick(("A#######", "########", "### ### ###", "A####-#####-#####", "A###-####-####", "A##-##-####"))
        )

    def dea(self, surname: str) -> str:
        d = [self.rng.randrange(10) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return self.pick("ABFM") + surname[0].upper() + "".join(map(str, d)) + str(check)

    def plate(self) -> str:
        return self.pattern(self.pick(("#AAA###", "AAA-####", "AAA####", "A##-AAA", "AA# ####", "###-AAA", "AAA ####")))

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        values = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
        values |= dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10)))
        weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
        while True:
            wmi = self.pick(("1HG", "1FT", "2T1", "5YJ", "1N4", "JTD", "3VW", "4T1", "1C4", "KM8", "5NP", "JN8"))
            body = (
                wmi
                + "".join(self.pick(chars) for _ in range(5))
                + "0"
                + self.pick("LMNPRS")
                + "".join(self.pick(chars) for _ in range(7))
            )
            total = sum(values[c] * w for c, w in zip(body, weights)) % 11
            vin = body[:8] + ("X" if total == 10 else str(total)) + body[9:]
            if "O" not in vin and "I" not in vin and "Q" not in vin:
                return vin

    def serial(self) -> str:
        return self.pattern(
            self.pick(("########", "##XX####", "AA#######", "#######A", "####A####", "XXXXXX####", "23###-#####"))
        )

    def ip(self, private: bool = False) -> str:
        if private:
            return self.pick((f"10.{self.rng.randint(0, 254)}.{self.rng.randint(0, 254)}.{self.rng.randint(2, 254)}",
                              f"192.168.{self.rng.randint(0, 20)}.{self.rng.randint(2, 254)}"))  # fmt: skip
        first = self.pick(("24", "47", "68", "71", "73", "76", "98", "99", "107", "108", "174", "184", "68", "50"))
        return f"{first}.{self.rng.randint(1, 254)}.{self.rng.randint(0, 254)}.{self.rng.randint(2, 254)}"

    def url_id(self, n: int) -> str:
        return "".join(self.pick("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(n))


# ---------------------------------------------------------------------------------------------
# Keep terms (non-PHI a coder needs), by kind.

EPONYMS = (
    "Apgar", "Bishop score", "Leopold maneuvers", "Pfannenstiel", "Snellen", "Ishihara", "Goldmann", "Rinne", "Weber",
    "Fitzpatrick", "Mohs", "Roux-en-Y", "Epworth", "Glasgow Coma Scale", "Braden", "Morse Fall Scale", "Kell", "Duffy",
    "Coombs", "Tanner", "Wernicke", "Hashimoto", "Graves disease", "Parkinson disease", "Alzheimer disease",
    "Cushing", "Crohn disease", "Osgood-Schlatter", "Baker cyst", "Bell palsy", "Raynaud", "Meniere disease",
)  # fmt: skip
DEPARTMENTS = (
    "Endocrinology", "Cardiology", "Rheumatology", "Gastroenterology", "Neurology", "Orthopedics", "Nephrology",
    "Pulmonology", "Dermatology", "Ophthalmology", "Audiology", "Reproductive Endocrinology", "Palliative Care",
    "Bariatric Surgery", "Sleep Medicine", "Psychiatry", "Addiction Medicine", "Employee Health", "Blood Bank",
    "Pathology", "Risk Management", "Utilization Review", "Labor and Delivery", "Infectious Disease", "Urology",
    "Allergy and Immunology", "Patient Access", "Health Information Management", "Pediatrics", "Oncology",
)  # fmt: skip
SPECIALTIES = (
    "Endocrinology", "Cardiology", "Rheumatology", "Gastroenterology", "Neurology", "Orthopedics", "Nephrology",
    "Pulmonology", "Dermatology", "Urology", "Allergy and Immunology", "Infectious Disease", "Oncology",
)  # fmt: skip
REASONS = {
    "Endocrinology": ("thyroid nodule", "Hashimoto", "levothyroxine"),
    "Cardiology": ("palpitations", "Raynaud", "apixaban"),
    "Rheumatology": ("joint pain and a positive ANA", "Raynaud", "hydroxychloroquine"),
    "Gastroenterology": ("ongoing diarrhea", "Crohn disease", "adalimumab"),
    "Neurology": ("tremor", "Parkinson disease", "carbidopa-levodopa"),
    "Orthopedics": ("knee swelling", "Baker cyst", "gabapentin"),
    "Nephrology": ("rising creatinine", "Alport syndrome", "furosemide"),
    "Pulmonology": ("wheezing at night", "Epworth", "montelukast"),
    "Dermatology": ("eczema that will not clear", "Fitzpatrick", "dupilumab"),
    "Urology": ("trouble emptying my bladder", "Cushing", "tamsulosin"),
    "Allergy and Immunology": ("hives after shellfish", "Kounis syndrome", "cetirizine"),
    "Infectious Disease": ("a positive TB blood test", "Ghon complex", "isoniazid"),
    "Oncology": ("a breast lump", "Paget disease", "letrozole"),
}  # fmt: skip
MAKERS_VACCINE = (("Pfizer", "Comirnaty"), ("Moderna", "Spikevax"), ("Sanofi Pasteur", "Adacel"), ("GSK", "Shingrix"),
                  ("Merck", "Gardasil 9"), ("Seqirus", "Flucelvax"), ("GSK", "Boostrix"), ("Merck", "M-M-R II"))  # fmt: skip
IOLS = (("Alcon", "SN60WF"), ("Alcon", "AcrySof IQ PanOptix"), ("Johnson & Johnson Vision", "ZCB00"),
        ("Johnson & Johnson Vision", "Tecnis Eyhance"), ("Bausch + Lomb", "enVista MX60E"))  # fmt: skip
HEARING_AIDS = (
    ("Phonak", "Lumity L90"),
    ("Oticon", "More 1"),
    ("Signia", "Pure Charge&Go 7IX"),
    ("ReSound", "Omnia 9"),
)
CPAPS = (("ResMed", "AirSense 11"), ("ResMed", "AirSense 10 AutoSet"), ("Philips Respironics", "DreamStation 2"))
RESPIRATORS = (("3M", "1860S"), ("3M", "1870+"), ("Moldex", "2200N95"), ("Moldex", "1500"), ("Honeywell", "DC365"))
CGMS = (("Dexcom", "G7"), ("Abbott", "FreeStyle Libre 3"), ("Medtronic", "MiniMed 780G"), ("Insulet", "Omnipod 5"))
DOB_STYLES = ("mdY", "mdY", "mdY", "iso", "long", "dMonY", "DDMONYYYY", "dot", "dash", "abbr", "mdy", "dMy")
EVENT_STYLES = ("mdY", "md", "md", "long", "long_noyear", "abbr_noyear", "wk_md", "wk_long", "wk_abbr", "iso",
                "ord_noyear", "mdy", "dash", "dot")  # fmt: skip


def _bullet(g: Gen) -> str:
    return g.pick(("- ", "* ", "o ", "-- ", "> "))


def _greeting(g: Gen, d: Doc, to: Person | None = None) -> None:
    if to is not None and g.chance(0.7):
        d.fill(
            g.pick(("Hi Dr. {n},\n", "Dear Dr. {n},\n", "Hello Dr. {n} -\n", "Dr. {n},\n")),
            n=(g.name(to, "sur"), "NAME"),
        )
    else:
        d.add(g.pick(("Hello,\n", "Hi,\n", "Good morning,\n", "To whom it may concern,\n", "Hi there\n", "")))


def _sign(g: Gen, d: Doc, p: Person, rel: str = "") -> None:
    style = g.pick(("full", "full", "given", "caps", "init_sur", "lower", "full3", "hyph", "hyph", "last_first"))
    end = g.pick(("Thank you,\n", "Thanks\n", "Regards,\n", "Thanks so much,\n", "-", "Sincerely,\n", "Best,\n", ""))
    d.add(end)
    d.add(g.name(p, style), "NAME")
    if rel:
        d.add(rel)
    elif g.chance(0.15):
        rel = g.pick(("mom", "daughter", "wife")) if p.sex == "f" else g.pick(("dad", "son", "husband"))
        d.fill(" ({n}'s {r})", n=(g.name(g.person(p.loc), "given"), "NAME"), r=(rel, ""))


def _young(g: Gen, lo: int = 18, hi: int = 84) -> str:
    return g.pick(("I am {a}", "I'm {a}", "im {a}", "I am a {a} year old", "I'm {a} yo")).format(a=g.young(lo, hi))


# --- messages ---------------------------------------------------------------------------------


def m_referral(g: Gen, d: Doc) -> None:
    spec = g.pick(SPECIALTIES)
    reason, epo, drug = REASONS[spec]
    pt, pcp = g.person(), g.clinician()
    if g.chance(0.5):
        d.fill("Subject: Appointment request - {s} referral\n", s=(spec, "department"))
    else:
        d.fill(
            "Appointment Request\nDepartment requested: {s}\nReason: {r}\n\n", s=(spec, "department"), r=(reason, "")
        )
    _greeting(g, d)
    d.fill(
        g.pick((
            "{pcp} at {clinic} referred me to {s} on {dt} for {r}. The referral number is {ref}. ",
            "My PCP, Dr. {pcp}, put in a referral for {s} ({r}) back on {dt}; referral # {ref}. ",
            "I was told by {pcp}'s office ({clinic}) that the {s} referral went through on {dt} (ref {ref}). ",
        )),
        pcp=(g.name(pcp, g.pick(("full", "sur", "init_sur"))), "NAME"), clinic=(g.facility("clinic"), "FACILITY"),
        s=(spec, "department"), dt=(g.date(g.day(40), g.pick(EVENT_STYLES)), "DATE"), r=(reason, ""),
        ref=(g.pattern(g.pick(("RF#######", "########", "R-####-####", "REF######"))), "ID"),
    )  # fmt: skip
    d.fill(
        g.pick(
            (
                "I would like the first opening you have. A few things:\n",
                "Could you book me? Details below\n",
                "Here is what the scheduler asked for:\n",
            )
        ),
    )
    b = _bullet(g)
    lines: list[tuple[str, dict[str, Slot]]] = [
        ("{b}name: {pt}\n", {"pt": (g.name(pt, g.pick(("full", "last_first", "caps", "full3"))), "NAME")}),
        ("{b}DOB {dob}\n", {"dob": (g.date(g.dob(g.young()), g.pick(DOB_STYLES)), "DATE")}),
        ("{b}best number {ph}, texts ok\n", {"ph": (g.phone(), "PHONE")}),
        (
            "{b}no {wk} mornings, I work at {emp}\n",
            {"wk": (g.pick(WEEKDAYS), ""), "emp": (g.facility("employer"), "FACILITY")},
        ),
        (
            "{b}insurance {ins}, member ID {mem}\n",
            {"ins": (g.pick(INSURERS), "insurer"), "mem": (g.member(), "HEALTH_PLAN")},
        ),
        ("{b}I already take {dr}\n", {"dr": (drug, "drug")}),
        ("{b}my chart number is {mrn}\n", {"mrn": (g.mrn(), "MRN")}),
        (
            "{b}had labs at {lab} on {dt}\n",
            {"lab": (g.facility("lab"), "FACILITY"), "dt": (g.date(g.day(30), g.pick(EVENT_STYLES)), "DATE")},
        ),
        ("{b}the {ep} question came up last visit\n", {"ep": (epo, "eponym")}),
        ("{b}billing account {ac}, my copay card is on file\n", {"ac": (g.account(), "ACCOUNT")}),
    ]
    g.rng.shuffle(lines)
    for tpl, slots in lines[: g.rng.randint(4, 7)]:
        d.fill(tpl, b=(b, ""), **slots)
    if g.chance(0.4):
        d.add(_young(g) + " and have never seen a specialist before.\n")
    _sign(g, d, pt)


def m_transport(g: Gen, d: Doc) -> None:
    pt, coord, driver = g.person(), g.clinician(), g.person()
    car = g.pick(
        ("grey Toyota Camry", "white Nissan Sentra", "black Honda Odyssey", "silver Ford Transit van", "blue Kia Soul")
    )
    when = g.day(5, 10)
    d.fill(
        g.pick(("Hi {c} (care coordinator),\n", "To: Care Coordination - {c}\n", "{c} -\n")),
        c=(g.name(coord, g.pick(("given", "full", "first"))), "NAME"),
    )
    d.fill(
        g.pick((
            "My ride to {dept} on {dt} never came. The {co} app said driver {drv} in a {car}, plate {pl}, was 2 min away and then cancelled. I waited outside {addr} until {tm}. ",
            "The transportation for my {dept} visit {dt} was a no-show again. {co} told me the driver was {drv} ({car}, tag {pl}) but nobody came to {addr}. I gave up at {tm}. ",
        )),
        dept=(g.pick(DEPARTMENTS[:12]), "department"), dt=(g.date(when, g.pick(EVENT_STYLES)), "DATE"),
        co=(g.facility("transport"), "FACILITY"), drv=(g.name(driver, g.pick(("given", "full", "given_init"))), "NAME"),
        car=(car, ""), pl=(g.plate(), "VEHICLE"), addr=(g.street(po=0), "ADDRESS"), tm=(g.time(True), ""),
    )  # fmt: skip
    d.fill(
        "Can you rebook me for {dt2}? I live in {town}, {st} {z} and I use a walker so I need the door-to-door kind. ",
        dt2=(g.date(when + dt.timedelta(days=7), g.pick(EVENT_STYLES)), "DATE"),
        **g.where(t="town", s="st"),
    )
    d.fill(
        g.pick(("My {ins} ID is {mid}. ", "{ins} number {mid}. ", "Plan: {ins}, ID {mid}. ")),
        ins=(g.pick(("Medicaid", "Medi-Cal", "Amerigroup", "Molina Healthcare", "Wellcare")), "insurer"),
        mid=(g.member(), "HEALTH_PLAN"),
    )
    d.fill(
        "Call me at {ph} or my son {son} at {ph2}.\n",
        ph=(g.phone(), "PHONE"),
        son=(g.name(g.person(pt.loc, "m"), "given"), "NAME"),
        ph2=(g.phone(), "PHONE"),
    )
    _sign(g, d, pt)


_PA_DRUGS = (
    ("semaglutide", "E11.65", "pens"), ("tirzepatide", "E66.01", "pens"), ("dupilumab", "L20.9", "syringes"),
    ("adalimumab", "K50.90", "pens"), ("insulin glargine", "E11.65", "pens"), ("apixaban", "I48.91", "tablets"),
    ("methotrexate", "M05.79", "tablets"),
)  # fmt: skip


def m_pa_status(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    drug, code, unit = _PA_DRUGS[g.rng.randrange(len(_PA_DRUGS))]
    ins = g.pick(INSURERS)
    d.fill(g.pick(("Subject: prior auth for {dr}?\n", "RE: {dr} - still waiting\n", "")), dr=(drug, "drug"))
    _greeting(g, d, dr if g.chance(0.5) else None)
    d.fill(
        g.pick((
            "Is there any update on the prior authorization for {drug}? {ins} told me on the phone that they faxed the form to your office ({fx}) on {dt}. Their reference number is {pa}. ",
            "The pharmacy ({ph}) says {drug} still rejects - 'PA required'. {ins} says they are waiting on chart notes from Dr. {dr} since {dt}. Case # {pa}. ",
            "following up on the {drug} prior auth. {ins} case {pa} opened {dt}. they said they need the form back by fax {fx} ",
        )),
        drug=(drug, "drug"), ins=(ins, "insurer"), fx=(g.phone(), "FAX"), dt=(g.date(g.day(20), g.pick(EVENT_STYLES)), "DATE"),
        pa=(g.pattern(g.pick(("P!A-########", "#########", "A###########", "EOC ######"))), "ID"),
        ph=(g.facility("pharmacy"), "FACILITY"), dr=(g.name(dr, "sur"), "NAME"),
    )  # fmt: skip
    d.fill(
        g.pick(
            (
                "My member ID is {mem}; the claim rejected with code 75 and the diagnosis on the form should be {code}. ",
                "Member {mem}. Diagnosis on the form should be {code}. ",
            )
        ),
        mem=(g.member(), "HEALTH_PLAN"),
        code=(code, "code"),
    )
    if g.chance(0.5):
        d.fill(
            "I only have {n} {u} left, the last fill was {dt}. ",
            n=(str(g.rng.randint(2, 6)), ""),
            u=(unit, ""),
            dt=(g.date(g.day(40), "md"), "DATE"),
        )
    if g.chance(0.4):
        d.fill(
            "Pharmacy is {ph} on {st}, phone {p}. ",
            ph=(g.facility("pharmacy"), "FACILITY"),
            st=(g.street(po=0), "ADDRESS"),
            p=(g.phone(), "PHONE"),
        )
    d.add("\n")
    _sign(g, d, pt)
    if g.chance(0.5):
        d.fill("\nDOB {dob} | MRN {m}", dob=(g.date(g.dob(g.young()), g.pick(DOB_STYLES)), "DATE"), m=(g.mrn(), "MRN"))


def m_post_discharge(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    old = g.chance(0.35)
    writer = g.person(pt.loc) if old else pt
    hosp = g.facility("hospital")
    dc = g.day(6)
    if old:
        age, _ = g.old_age()
        d.fill(
            "My {rel} {pt} ({age}) came home from {h} on {dc} after {why}. ",
            rel=(g.pick(("mother", "grandmother", "aunt")) if pt.sex == "f" else g.pick(("father", "grandfather", "uncle")), ""), pt=(g.name(pt, g.pick(("full", "full3", "caps"))), "NAME"),
            age=(age, "AGE"), h=(hosp, "FACILITY"), dc=(g.date(dc, g.pick(EVENT_STYLES)), "DATE"),
            why=(g.pick(("a fall", "pneumonia", "a UTI with confusion", "heart failure", "a GI bleed")), ""),
        )  # fmt: skip
    else:
        d.fill(
            "I was discharged from {h} on {dc} ({why}). ", h=(hosp, "FACILITY"), dc=(g.date(dc, g.pick(EVENT_STYLES)), "DATE"),
            why=(g.pick(("appendectomy", "kidney stone", "COVID pneumonia", "cellulitis of my leg", "new AFib")), ""),
        )  # fmt: skip
    d.add(g.pick(("A few questions:\n", "Questions after discharge:\n", "I have some questions\n")))
    qs: list[tuple[str, dict[str, Slot]]] = [
        (
            "1) The papers say to stop {d1} but start {d2}. Both? Or only {d2}?\n",
            {"d1": (g.pick(DRUGS), "drug"), "d2": (g.pick(DRUGS), "drug")},
        ),
        (
            "2) Follow up with Dr. {dr} in 1 week - nobody called. Is {dt} ok?\n",
            {
                "dr": (g.name(dr, g.pick(("sur", "full"))), "NAME"),
                "dt": (g.date(dc + dt.timedelta(days=8), "wk_md"), "DATE"),
            },
        ),
        (
            "3) Home health from {ag} was supposed to start, their number {ph} goes to voicemail.\n",
            {"ag": (g.facility("snf"), "FACILITY"), "ph": (g.phone(ext=True), "PHONE")},
        ),
        (
            "4) The bill shows account {acct} and encounter {csn}, is that the right one?\n",
            {"acct": (g.account(), "ACCOUNT"), "csn": (g.pattern("###########"), "ID")},
        ),
    ]
    for tpl, slots in qs[: g.rng.randint(2, 4)]:
        d.fill(tpl, **slots)
    if old and g.chance(0.6):
        d.fill(
            ("Her" if pt.sex == "f" else "His") + " {dept} doctor is {dr2}. ",
            dept=(g.pick(("Cardiology", "Nephrology", "Palliative Care")), "department"),
            dr2=(g.name(g.clinician(), "full"), "NAME"),
        )
    _sign(g, d, writer)
    if g.chance(0.5):
        d.fill("\n{ph}", ph=(g.phone(), "PHONE"))


def m_fertility(g: Gen, d: Doc) -> None:
    pt, partner, nurse, dr = g.person(sex="f"), g.person(sex="m"), g.clinician(), g.clinician()
    clinic = g.facility("fertility")
    cd1 = g.day(3)
    d.fill(g.pick(("To: {c} nurse line\n", "Message to {c}\n", "")), c=(clinic, "FACILITY"))
    d.fill(
        g.pick((
            "Hi {n}, cycle day 1 was {cd}. I started {d1} last night and {d2} this morning as on the calendar. ",
            "Hello {n} - CD1 {cd}. Started {d1} 225 IU + {d2} per the protocol. ",
        )),
        n=(g.name(nurse, "given"), "NAME"), cd=(g.date(cd1, g.pick(("md", "wk_md", "abbr_noyear", "mdY"))), "DATE"),
        d1=("follitropin alfa", "drug"), d2=(g.pick(("letrozole", "ondansetron", "progesterone in oil")), "drug"),
    )  # fmt: skip
    d.fill(
        g.pick((
            "Is the retrieval still {rt}? My husband {h} has to book his sample time; his DOB is {hd} in case you need it for the lab. ",
            "Dr. {dr} said retrieval around {rt}. Partner ({h}, DOB {hd}) will be with me. ",
        )),
        rt=(g.date(cd1 + dt.timedelta(days=12), g.pick(("md", "wk_md", "long_noyear"))), "DATE"), h=(g.name(partner, g.pick(("full", "given"))), "NAME"),
        hd=(g.date(g.dob(g.young(28, 45)), g.pick(DOB_STYLES)), "DATE"), dr=(g.name(dr, "sur"), "NAME"),
    )  # fmt: skip
    d.fill(
        g.pick((
            "Also the embryo storage invoice for account {a} says renewal due {due}. Can we pay by phone ({ph})? ",
            "Separate question: {ins} denied the {code} claim, reference {ref}. ",
        )),
        a=(g.account(), "ACCOUNT"), due=(g.date(g.day(0, 60), g.pick(("mdY", "long", "monyear"))), "DATE"), ph=(g.phone(ext=True), "PHONE"),
        ins=(g.pick(INSURERS[:6]), "insurer"), code=(g.pick(("89258", "58970", "89280", "N97.9")), "code"), ref=(g.pattern("CLM#########"), "ID"),
    )  # fmt: skip
    if g.chance(0.5):
        d.add(_young(g, 29, 44) + " so I know time matters. ")
    d.add("\n")
    _sign(g, d, pt)
    if g.chance(0.4):
        d.fill(" ({e})", e=(g.email(pt), "EMAIL"))


def m_pharmacy_fax(g: Gen, d: Doc) -> None:
    d.form = True
    pt, dr, rph = g.person(), g.clinician(), g.person()
    ph = g.facility("pharmacy")
    clinic = g.facility("clinic")
    drug = g.pick(DRUGS)
    if g.chance(0.5):
        d.fill(
            "eFax received {dt} {tm} from {ip} ({pages} pages)\n",
            dt=(g.date(g.today, g.pick(("mdY", "iso"))), "DATE"),
            tm=(g.time(), ""),
            ip=(g.ip(), "IP"),
            pages=(str(g.rng.randint(1, 3)), ""),
        )
    d.add(
        g.pick(
            (
                "REFILL AUTHORIZATION REQUEST\n",
                "*** REFILL REQUEST ***\n",
                "Refill Authorization Request - please respond by fax\n",
            )
        )
    )
    d.fill("To: {c}   Fax: {fx}\n", c=(clinic, "FACILITY"), fx=(g.phone(g.pick(("paren", "dash"))), "FAX"))
    d.fill(
        "From: {p}   Ph: {ph}   Fax: {fx}\n",
        p=(ph, "FACILITY"),
        ph=(g.phone(g.pick(("paren", "dash", "dot"))), "PHONE"),
        fx=(g.phone(g.pick(("paren", "dash"))), "FAX"),
    )
    d.fill("Date: {dt}\n", dt=(g.date(g.today, g.pick(("mdY", "mdy", "iso"))), "DATE"))
    d.fill(
        "Patient: {pt}   DOB: {dob}\nAddress: {a}, {t}, {st} {z}\n",
        pt=(g.name(pt, g.pick(("LAST_FIRST", "last_first", "LAST_FIRST_MI"))), "NAME"), dob=(g.date(g.dob(g.young()), g.pick(("mdY", "mdy"))), "DATE"),
        a=(g.street(), "ADDRESS"), **g.where(s="st"),
    )  # fmt: skip
    d.fill(
        "Rx #: {rx}   Drug: {drug} {st}   Qty: {q}   Refills left: 0   Last fill: {lf}\n",
        rx=(g.pattern(g.pick(("#######", "RX#######", "##-######"))), "ID"), drug=(drug, "drug"),
        st=(g.pick(("10 mg tab", "25 mg", "0.5 mg/0.5 mL", "100 unit/mL", "500 mg ER")), ""), q=(g.pick(("30", "90", "1 box", "3 pens")), ""),
        lf=(g.date(g.day(95), g.pick(("mdY", "md"))), "DATE"),
    )  # fmt: skip
    d.fill(
        "Prescriber: Dr. {dr}   DEA: {dea}\n",
        dr=(g.name(dr, g.pick(("full", "init_sur", "caps"))), "NAME"),
        dea=(g.dea(dr.surname), "LICENSE"),
    )
    d.add("[ ] Approved  Refills: ____    [ ] Denied   [ ] Needs appt\n")
    d.fill("Pharmacist: {r}, RPh", r=(g.name(rph, g.pick(("full", "init_sur", "given_init"))), "NAME"))
    if g.chance(0.4):
        d.fill("\nInsurance: {ins} ID {m}", ins=(g.pick(INSURERS), "insurer"), m=(g.member(), "HEALTH_PLAN"))


def m_va(g: Gen, d: Doc) -> None:
    pt, vso = g.person(sex=g.pick("mmf")), g.person()
    d.fill(g.pick(("Subject: VA paperwork (DBQ)\n", "RE: nexus letter\n", "")))
    _greeting(g, d)
    d.fill(
        g.pick((
            "I am filing a VA disability claim and need a DBQ filled out for my knee and a nexus letter for hearing loss. My VA file number is {vf} and the claim number is {cl}. ",
            "The VA asked for my private records. C-file {vf}, claim {cl}. My service officer {vso} at {post} said you can fax them to {fx}. ",
        )),
        vf=(g.pattern(g.pick(("C########", "#########", "C-##-###-###"))), "ID"), cl=(g.pattern("6########"), "ID"),
        vso=(g.name(vso, g.pick(("full", "full3"))), "NAME"), post=(g.facility("va"), "FACILITY"), fx=(g.phone(), "FAX"),
    )  # fmt: skip
    d.fill(
        "I served {s} to {e}; DD-214 attached. SSN {ssn}. ",
        s=(g.date(g.day(9000) - dt.timedelta(days=6000), g.pick(("mdY", "monyear", "dMy"))), "DATE"), e=(g.date(g.day(6000), g.pick(("mdY", "monyear", "dMy"))), "DATE"),
        ssn=(g.ssn(), "SSN"),
    )  # fmt: skip
    if g.chance(0.5):
        mk, md = HEARING_AIDS[g.rng.randrange(len(HEARING_AIDS))]
        d.fill(
            "The VA issued {mk} {md} hearing aids (serials {s1} and {s2}) in {when}. ",
            mk=(mk, "maker"), md=(md, "model"), s1=(g.serial(), "DEVICE"), s2=(g.serial(), "DEVICE"), when=(g.date(g.day(700), "monyear"), "DATE"),
        )  # fmt: skip
    if g.chance(0.6):
        d.fill(
            "I also have {ins} (DBN {dbn}) through my spouse. ",
            ins=("TRICARE", "insurer"),
            dbn=(g.digits(11), "HEALTH_PLAN"),
        )
    d.fill(
        "The C&P exam is {dt} at {va}. My audiogram from {au} should show the {ep} and {ep2} results.\n",
        dt=(g.date(g.day(0, 30), g.pick(EVENT_STYLES)), "DATE"), va=(g.facility("va"), "FACILITY"), au=(g.facility("hearing"), "FACILITY"),
        ep=("Rinne", "eponym"), ep2=("Weber", "eponym"),
    )  # fmt: skip
    _sign(g, d, pt)
    d.fill(g.pick(("\n{ph}", "\ncell {ph}", "\n{em}")), ph=(g.phone(), "PHONE"), em=(g.email(pt), "EMAIL"))


def m_i693(g: Gen, d: Doc) -> None:
    pt = g.person("fa_IR" if g.chance(0.6) else "hi_IN")
    dob = g.dob(g.young(20, 70))
    d.fill(g.pick(("Subject: I-693 immigration exam\n", "Request: civil surgeon appointment\n", "")))
    _greeting(g, d)
    d.fill(
        "I need the I-693 medical exam for my green card. A-Number {an}, USCIS receipt {rc}. Passport {pp}. ",
        an=(g.pattern(g.pick(("!A#########", "!A-###-###-###", "!A ### ### ###"))), "ID"), rc=(g.pattern(g.pick(("IOE##########", "MSC##########", "E!AC##########"))), "ID"),
        pp=(g.pattern(g.pick(("A########", "K########", "Z#######", "N#######"))), "ID"),
    )  # fmt: skip
    if pt.loc == "fa_IR":
        d.fill(
            "My birth certificate (shenasnameh) says {pd} in the Persian calendar, which is {gd} - please use that on the form. ",
            pd=(persian_date(dob), "DATE"),
            gd=(g.date(dob, g.pick(("mdY", "long", "iso"))), "DATE"),
        )
    else:
        d.fill(
            "My passport shows DOB {gd} and birthplace {bp}. ",
            gd=(g.date(dob, g.pick(("dMy", "dMonY", "mdY"))), "DATE"),
            bp=(g.pick(g.p.towns[:46]), "LOCATION"),
        )
    if g.chance(0.5):
        mk, vac = MAKERS_VACCINE[g.rng.randrange(len(MAKERS_VACCINE))]
        d.fill(
            "My vaccine card shows {vac} ({mk}) lot {lot} on {vd}. ",
            vac=(vac, "drug"),
            mk=(mk, "maker"),
            lot=(g.pattern(g.pick(("AA####", "#A##A#", "FN####", "X#####A"))), "lot"),
            vd=(g.date(g.day(700), g.pick(("mdY", "dMy", "md"))), "DATE"),
        )
    d.fill(
        "I had {v1} and {v2} at {clin} in {town} on {vd}; the IGRA was done at {lab}. ",
        v1=("Tdap", "drug"), v2=(g.pick(("MMR", "varicella vaccine", "influenza vaccine")), "drug"), clin=(g.facility("clinic"), "FACILITY"),
        town=(g.pick(g.p.towns), "LOCATION"), vd=(g.date(g.day(900), g.pick(("mdY", "dMy"))), "DATE"), lab=(g.facility("lab"), "FACILITY"),
    )  # fmt: skip
    d.fill(
        "Is Dr. {cs} still a civil surgeon at {fac}? ",
        cs=(g.name(g.clinician(), "full"), "NAME"),
        fac=(g.facility("civil"), "FACILITY"),
    )
    d.fill(
        "Please call {ph} (my sister {sis} translates).\n",
        ph=(g.phone(), "PHONE"),
        sis=(g.name(g.person(pt.loc, "f"), "given"), "NAME"),
    )
    _sign(g, d, pt)


def m_sports(g: Gen, d: Doc) -> None:
    parent, kid = g.person(), g.person()
    kid = Person(kid.given, parent.surname, kid.sex, parent.loc)
    school = g.facility("school")
    sport = g.pick(("soccer", "cross country", "cricket club", "volleyball", "wrestling", "basketball", "swim team"))
    d.fill(g.pick(("Sports physical form\n", "Subject: PPE form for {s}\n", "")), s=(sport, ""))
    d.fill(
        g.pick((
            "Hi, my {rel} {k} needs the sports physical form signed for {sp} at {sch}. Season starts {dt}. Student ID {sid}. ",
            "{k} ({sch}, grade {gr}) needs the pre-participation physical for {sp}. Tryouts {dt}. School ID# {sid}. ",
        )),
        rel=("daughter" if kid.sex == "f" else "son", ""), k=(g.name(kid, g.pick(("full", "given", "full"))), "NAME"), sp=(sport, ""), sch=(school, "FACILITY"),
        dt=(g.date(g.day(0, 40), g.pick(EVENT_STYLES)), "DATE"), sid=(g.pattern(g.pick(("#######", "S########", "##-#####"))), "ID"), gr=(str(g.rng.randint(6, 12)), ""),
    )  # fmt: skip
    d.fill(
        g.pick((
            "Last physical was {lp}. {pr} had a concussion in {cx} and an {ep} flare in the fall. ",
            "Last checkup {lp}. Only med is {dr}. ",
        )),
        lp=(g.date(g.day(400), g.pick(("mdY", "md", "long"))), "DATE"), pr=("She" if kid.sex == "f" else "He", ""), cx=(g.date(g.day(300), "monyear"), "DATE"),
        ep=("Osgood-Schlatter", "eponym"), dr=(g.pick(("albuterol", "montelukast", "cetirizine")), "drug"),
    )  # fmt: skip
    d.fill(
        g.pick(("The form is here: {url}\n", "Athletic trainer {at} asked that it be faxed to {fx}.\n", "Coach said upload at {url}\n")),
        url=(f"https://{g.domain(school)}/athletics/forms/{g.url_id(8)}", "URL"), at=(g.name(g.person(), g.pick(("full", "sur"))), "NAME"), fx=(g.phone(), "FAX"),
    )  # fmt: skip
    _sign(g, d, parent)


def m_camp(g: Gen, d: Doc) -> None:
    parent, kid = g.person(), g.person()
    camp = g.facility("camp")
    s = g.day(0, 60)
    d.fill(g.pick(("Camp health form - {c}\n", "Subject: camp forms\n", "")), c=(camp, "FACILITY"))
    d.fill(
        "Please complete the health form for {k}, DOB {dob}, camper ID {cid}, {camp} session {n} ({s} - {e}). ",
        k=(g.name(kid, g.pick(("full", "LAST_FIRST", "given"))), "NAME"), dob=(g.date(g.dob(g.young(7, 15)), g.pick(DOB_STYLES)), "DATE"),
        cid=(g.pattern(g.pick(("C######", "####-###", "CMP#####"))), "ID"), camp=(camp, "FACILITY"), n=(str(g.rng.randint(1, 4)), ""),
        s=(g.date(s, g.pick(("md", "abbr_noyear"))), "DATE"), e=(g.date(s + dt.timedelta(days=13), g.pick(("md", "abbr_noyear", "mdY"))), "DATE"),
    )  # fmt: skip
    b = _bullet(g)
    d.fill(
        "\nThey need:\n{b}allergy action plan (peanut, tree nut)\n{b}{epi} x2 and {alb} authorization\n{b}immunization record\n",
        b=(b, ""),
        epi=("epinephrine auto-injector", "drug"),
        alb=("albuterol", "drug"),
    )
    if g.chance(0.45):
        mk, md = CGMS[g.rng.randrange(len(CGMS))]
        d.fill(
            "{pr} has type 1 diabetes and wears a {mk} {md} (serial {sn}); the camp needs the sensor orders and the {ins} dosing sheet. ",
            pr=("She" if kid.sex == "f" else "He", ""), mk=(mk, "maker"), md=(md, "model"), sn=(g.serial(), "DEVICE"), ins=("insulin glargine", "drug"),
        )  # fmt: skip
    d.fill(
        g.pick((
            "I tried to upload it at {url} but it keeps saying 'request blocked from {ip}'. ",
            "Their portal ({url}) rejected my upload (IP {ip} not allowed?). ",
        )),
        url=(f"https://forms.{g.domain(camp)}/health/{g.url_id(10)}", "URL"), ip=(g.ip(), "IP"),
    )  # fmt: skip
    d.fill("The camp nurse fax is {fx}.\n", fx=(g.phone(g.pick(("paren", "dash", "one"))), "FAX"))
    _sign(g, d, parent)


def m_hospice(g: Gen, d: Doc) -> None:
    pt, nurse, fam = g.person(sex="f"), g.clinician(), g.person()
    age, _ = g.old_age()
    hos = g.facility("hospice")
    if g.chance(0.5):
        d.fill(
            "Update from {h} - {n}, RN case manager\n{pt} ({a}) had a quiet night. Morphine 5 mg SL twice for breathing, {lz} once at {tm}. She is taking sips only. ",
            h=(hos, "FACILITY"), n=(g.name(nurse, g.pick(("full", "given_init"))), "NAME"), pt=(g.name(pt, g.pick(("given", "full"))), "NAME"),
            a=(age, "AGE"), lz=("lorazepam", "drug"), tm=(g.time(), ""),
        )  # fmt: skip
        d.fill(
            "The chaplain will visit {dt}. Her son {son} lands from {town} on {dt2}; please have him call me at {ph}.\n",
            dt=(g.date(g.day(0, 3), g.pick(("wk_md", "long_noyear", "md"))), "DATE"), son=(g.name(g.person(pt.loc, "m"), g.pick(("full", "given"))), "NAME"),
            town=(g.pick(g.p.towns), "LOCATION"), dt2=(g.date(g.day(0, 4), g.pick(("wk_md", "abbr_noyear"))), "DATE"), ph=(g.phone(ext=True), "PHONE"),
        )  # fmt: skip
    else:
        d.fill(
            "Dear {h} team,\nThank you for caring for {rel} {pt}. At {a} she still knows all of us. ",
            h=(hos, "FACILITY"), rel=(g.pick(("our mother", "Nani", "Maman Bozorg", "our grandmother", "Dadi")), ""), pt=(g.name(pt, g.pick(("given", "full", "caps"))), "NAME"),
            a=(age, "AGE"),
        )  # fmt: skip
        d.fill(
            "We set up a camera in her room; the nurse can check it at {ip} on the home wifi. Family updates are on {url}. ",
            ip=(g.ip(private=True), "IP"), url=(f"https://www.caringbridge.org/visit/{re.sub('[^a-z]', '', pt.first_token.lower())}{re.sub('[^a-z]', '', pt.surname.lower())}", "URL"),
        )  # fmt: skip
        d.fill(
            "Could {pc} call {fam} at {ph} before the visit on {dt}? The {dept} doctor changed the patch.\n",
            pc=(g.name(nurse, "full"), "NAME"),
            fam=(g.name(fam, "given"), "NAME"),
            ph=(g.phone(), "PHONE"),
            dt=(g.date(g.day(0, 5), g.pick(EVENT_STYLES)), "DATE"),
            dept=("Palliative Care", "department"),
        )
    _sign(g, d, fam)


def m_dialysis(g: Gen, d: Doc) -> None:
    pt, writer, drv = g.person(), g.person(), g.person()
    d.fill(g.pick(("Complaint - dialysis transportation\n", "Subject: van late AGAIN\n", "")))
    d.fill(
        "I am writing about {co}. For the third time this month the van (plate {pl}, unit {vn}) picked up my {rel} {pt} late from {dc}. On {dt} {pr} waited until {tm} in the lobby. ",
        co=(g.facility("transport"), "FACILITY"), pl=(g.plate(), "VEHICLE"), vn=(g.pattern("V-###"), "ID"), pr=("she" if pt.sex == "f" else "he", ""),
        rel=(g.pick(("mother", "wife", "aunt")) if pt.sex == "f" else g.pick(("father", "husband", "uncle")), ""), pt=(g.name(pt, g.pick(("full", "full3", "caps"))), "NAME"),
        dc=(g.facility("dialysis"), "FACILITY"), dt=(g.date(g.day(10), g.pick(EVENT_STYLES)), "DATE"), tm=(g.time(True), ""),
    )  # fmt: skip
    d.fill(
        g.pick((
            "The driver ({dr}) said dispatch never sent the run. The chair time is 5:30 AM {days}. ",
            "Driver {dr} said the schedule shows {addr}, which is our old address. ",
        )),
        dr=(g.name(drv, g.pick(("given", "full", "given_init"))), "NAME"), days=(g.pick(("MWF", "Tue/Thu/Sat")), ""), addr=(g.street(), "ADDRESS"),
    )  # fmt: skip
    if g.chance(0.5):
        d.fill("Trip numbers {t1} and {t2}. ", t1=(g.pattern("T#######"), "ID"), t2=(g.pattern("T#######"), "ID"))
    d.fill(
        "The {dept} social worker {sw} knows about it. Please call me at {ph}.\n",
        dept=("Nephrology", "department"),
        sw=(g.name(g.clinician(), g.pick(("full", "sur"))), "NAME"),
        ph=(g.phone(), "PHONE"),
    )
    _sign(g, d, writer)


def m_mixed(g: Gen, d: Doc) -> None:
    dr = g.clinician()
    if g.chance(0.5):
        pt = g.person("fa_IR", "f")
        writer = g.person("fa_IR")
        d.fill(
            g.pick(
                (
                    "Salam Dr. {dr} jan, khasteh nabashid.\n",
                    "Salam {dr} jan,\n",
                    "Salam Khanom {dr},\n",
                    "Salam Agha {dr}, merci for last week.\n",
                )
            ),
            dr=(g.name(dr, "sur"), "NAME"),
        )
        d.fill(
            "Maman ({pt}, DOB {dob}) fesharesh dirooz shab 172/96 bood, emrooz sobh 158/90. Ghorse {drug} ro har roz mikhore. ",
            pt=(g.name(pt, g.pick(("full", "given", "last_first"))), "NAME"), dob=(g.date(g.dob(g.young(60, 85)), g.pick(DOB_STYLES)), "DATE"),
            drug=(g.pick(("amlodipine", "losartan", "metformin", "atorvastatin")), "drug"),
        )  # fmt: skip
        d.fill(
            g.pick((
                "Should she come in before {dt}? {bro} joon can bring her, his number is {ph}. ",
                "Nobat-esh {dt} ast with {dept}. Is that ok or sooner? Call {ph} lotfan. ",
            )),
            dt=(g.date(g.day(0, 20), g.pick(EVENT_STYLES)), "DATE"), bro=(g.name(g.person("fa_IR", "m"), "given"), "NAME"), ph=(g.phone(), "PHONE"),
            dept=(g.pick(("Cardiology", "Nephrology", "Endocrinology")), "department"),
        )  # fmt: skip
        d.add("Dastetoon dard nakone.\n")
    else:
        pt = g.person("hi_IN", "m")
        writer = g.person("hi_IN")
        d.fill(
            g.pick(
                ("Namaste Dr. {dr},\n", "Namaste {dr} ji,\n", "Dr. {dr} sahab, namaste\n", "Namaste Dr. {dr} ji,\n")
            ),
            dr=(g.name(dr, g.pick(("sur", "sur", "given"))), "NAME"),
        )
        d.fill(
            "Papa ji ({pt}, DOB {dob}) ka sugar kal raat 310 tha aur aaj subah 245. {drug} le rahe hain, insulin bhi. ",
            pt=(g.name(pt, g.pick(("full", "full3", "given"))), "NAME"), dob=(g.date(g.dob(g.young(60, 85)), g.pick(DOB_STYLES)), "DATE"),
            drug=(g.pick(("metformin", "insulin glargine", "glipizide")), "drug"),
        )  # fmt: skip
        d.fill(
            g.pick((
                "Kya dose badhana hai? {dept} appointment {dt} ko hai, thoda jaldi mil sakta hai? Please call karna {ph}. ",
                "Unka MRN {mrn} hai. {bro} bhaiya unko {dt} ko la sakte hain. Number {ph}. ",
            )),
            dept=("Endocrinology", "department"), dt=(g.date(g.day(0, 20), g.pick(EVENT_STYLES)), "DATE"), ph=(g.phone(), "PHONE"),
            mrn=(g.mrn(), "MRN"), bro=(g.name(g.person("hi_IN", "m"), "given"), "NAME"),
        )  # fmt: skip
        d.add("Dhanyavaad.\n")
    _sign(g, d, writer)


def m_calendar(g: Gen, d: Doc) -> None:
    d.form = True
    pt, org_p = g.person(), g.clinician()
    fac = g.facility("hospital")
    when = g.day(0, 14)
    d.fill(
        g.pick(
            (
                "Is this the right time for {rel}'s family meeting? Forwarding the invite.\n\n",
                "see below - can I bring my brother?\n\n",
                "fyi\n\n",
            )
        ),
        rel=(g.pick(("my dad", "mom", "Maman", "Papa ji", "my wife")), ""),
    )
    d.fill(
        "---------- Forwarded message ---------\nFrom: {o} <{oe}>\nDate: {sent}\nSubject: Invitation: Care conference - {pt} @ {w}\nTo: <{pe}>\n\n",
        o=(g.name(org_p, g.pick(("full", "LAST_FIRST"))), "NAME"), oe=(g.staff_email(org_p, fac), "EMAIL"),
        sent=(g.date(g.day(5), "wk_long"), "DATE"), pt=(g.name(pt, g.pick(("full", "caps", "last_first"))), "NAME"),
        w=(g.date(when, g.pick(("wk_abbr", "wk_md", "wk_long"))), "DATE"), pe=(g.email(g.person()), "EMAIL"),
    )  # fmt: skip
    link = g.pick(("zoom", "teams"))
    meeting = g.digits(11) if link == "zoom" else g.digits(12)
    url = (
        f"https://us0{g.rng.randint(2, 6)}web.zoom.us/j/{meeting}?pwd={g.url_id(24)}"
        if link == "zoom"
        else f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{g.url_id(30)}%40thread.v2/0"
    )
    d.fill(
        "When: {w} {tm} - {tm2} (Eastern Time)\nWhere: {f}, {st}, {dept} family room\nJoin online: {url}\nMeeting ID: {mid}\n",
        w=(g.date(when, g.pick(("wk_long", "wk_md"))), "DATE"), tm=(g.time(True), ""), tm2=(g.time(True), ""), f=(fac, "FACILITY"),
        st=(g.street(po=0), "ADDRESS"), dept=(g.pick(("Palliative Care", "Oncology", "Neurology", "Case Management")), "department"),
        url=(url, "URL"), mid=(" ".join((meeting[:3], meeting[3:7], meeting[7:])), "ID"),
    )  # fmt: skip
    d.fill(
        "Dial in: {ph},,{pin}#\n",
        ph=(g.phone(g.pick(("plus", "one", "dash")), ext=False), "PHONE"),
        pin=(g.digits(9), ""),
    )
    d.fill(
        "Guests: {a}; {b}; {c}\n",
        a=(g.email(g.person()), "EMAIL"),
        b=(g.staff_email(g.clinician(), fac), "EMAIL"),
        c=(g.name(g.clinician(), g.pick(("full", "last_first"))), "NAME"),
    )


def m_ooo(g: Gen, d: Doc) -> None:
    d.form = True
    staff, alt, pt = g.clinician(), g.clinician(), g.person()
    fac = g.facility(g.pick(("clinic", "hospital", "fertility", "eye")))
    back = g.day(0, 12)
    d.fill(
        "Automatic reply: {sub}\n\n",
        sub=(g.pick(("question about my labs", "refill", "appointment", "form", "Re: paperwork")), ""),
    )
    d.fill(
        g.pick((
            "Thank you for your message. I am out of the office until {b} with limited access to email. ",
            "I am away from {a} through {b}. ",
        )),
        a=(g.date(back - dt.timedelta(days=g.rng.randint(3, 10)), g.pick(("md", "long_noyear", "wk_md"))), "DATE"),
        b=(g.date(back, g.pick(("md", "long_noyear", "wk_md", "long", "mdY"))), "DATE"),
    )  # fmt: skip
    d.fill(
        "For urgent clinical matters please contact {alt} at {ph} or {em}. For refills call our pharmacy line {ph2}. If this is an emergency, call 911.\n\n",
        alt=(g.name(alt, g.pick(("full", "init_sur"))), "NAME"), ph=(g.phone(ext=True), "PHONE"), em=(g.staff_email(alt, fac), "EMAIL"),
        ph2=(g.phone(g.pick(("dash", "paren"))), "PHONE"),
    )  # fmt: skip
    d.fill(
        "{s}, {cred}\n{dept} | {f}\n{fst}, {t}, {stt} {z}\n\n",
        s=(g.name(staff, g.pick(("full", "full", "caps"))), "NAME"), cred=(g.pick(("RN", "MA", "MD", "NP", "LCSW", "PA-C")), ""),
        dept=(g.pick(DEPARTMENTS[:16]), "department"), f=(fac, "FACILITY"), fst=(g.street(po=0), "ADDRESS"),
        **g.where(s="stt", us=0.8),
    )  # fmt: skip
    d.fill(
        "> -----Original Message-----\n> From: {pt} <{pe}>\n> Sent: {sent}\n> Subject: {sub}\n> Hi {st}, this is about my DOB {dob} chart {m}. Is the {dr} dose still the same?\n",
        pt=(g.name(pt, g.pick(("full", "lower", "caps"))), "NAME"), pe=(g.email(pt), "EMAIL"), sent=(g.date(g.day(2), "wk_long"), "DATE"),
        sub=(g.pick(("refill", "question", "appointment")), ""), st=(g.name(staff, "given"), "NAME"),
        dob=(g.date(g.dob(g.young()), g.pick(DOB_STYLES)), "DATE"), m=(g.mrn(), "MRN"), dr=(g.pick(DRUGS), "drug"),
    )  # fmt: skip


def m_bariatric(g: Gen, d: Doc) -> None:
    pt, diet = g.person(), g.clinician()
    ins = g.pick(INSURERS[:8])
    d.fill(g.pick(("Subject: bariatric surgery requirements\n", "Weight loss surgery question\n", "")))
    _greeting(g, d)
    d.fill(
        "I went to the {dept} info session on {dt}. {ins} says I need 6 months of supervised diet before the {ep} bypass. My visits with {dn} were:\n",
        dept=("Bariatric Surgery", "department"), dt=(g.date(g.day(60), g.pick(EVENT_STYLES)), "DATE"), ins=(ins, "insurer"),
        ep=("Roux-en-Y", "eponym"), dn=(g.name(diet, g.pick(("full", "sur", "given"))), "NAME"),
    )  # fmt: skip
    b = _bullet(g)
    base, weight = g.day(200), g.rng.randint(250, 330)
    for k in range(g.rng.randint(3, 5)):
        weight -= g.rng.randint(-2, 6)
        d.fill(
            "{b}{dt} - {w} lb\n",
            b=(b, ""),
            dt=(g.date(base + dt.timedelta(days=30 * k), g.pick(("md", "mdY", "abbr_noyear"))), "DATE"),
            w=(str(weight), ""),
        )
    d.fill(
        "Member ID {m}, patient account {ac}. Can you send my records to {f}? Their fax is {fx}. Also do I still need the psych eval with {ps}?\n",
        m=(g.member(), "HEALTH_PLAN"), ac=(g.account(), "ACCOUNT"), f=(g.facility("bariatric"), "FACILITY"), fx=(g.phone(), "FAX"), ps=(g.name(g.clinician(), g.pick(("full", "init_sur"))), "NAME"),
    )  # fmt: skip
    if g.chance(0.5):
        d.add(_young(g, 22, 64) + ", BMI 44, on semaglutide before.\n")
        d.keep.setdefault("semaglutide", "drug")
    _sign(g, d, pt)


def m_donor(g: Gen, d: Doc) -> None:
    pt = g.person()
    bc = g.facility("blood")
    d.fill(
        "I donated at {bc} on {dt} (donor ID {id}) and got a letter that I am deferred because my ferritin was low. ",
        bc=(bc, "FACILITY"),
        dt=(g.date(g.day(40), g.pick(EVENT_STYLES)), "DATE"),
        id=(g.pattern(g.pick(("D########", "####-####-#", "W######"))), "ID"),
    )
    d.fill(
        "Their nurse {n} ({ph}) said to ask my doctor about iron. Should I take ferrous sulfate? {y} and donate every 8 weeks. ",
        n=(g.name(g.person(), g.pick(("given", "full"))), "NAME"),
        ph=(g.phone(ext=True), "PHONE"),
        y=(_young(g, 18, 70), ""),
    )
    d.fill(
        "The letter also mentions my {k} antigen typing - does that matter? ", k=(g.pick(("Kell", "Duffy")), "eponym")
    )
    d.keep.setdefault("ferrous sulfate", "drug")
    d.add("\n")
    _sign(g, d, pt)


def m_work_screen(g: Gen, d: Doc) -> None:
    d.form = True
    hr, cand, mro = g.person(), g.person(), g.clinician()
    emp = g.facility("employer")
    d.fill(
        "From: {hr} <{he}>\nTo: {dept}\n",
        hr=(g.name(hr, g.pick(("full", "LAST_FIRST"))), "NAME"),
        he=(g.staff_email(hr, emp), "EMAIL"),
        dept=("Employee Health", "department"),
    )
    d.fill(
        "Re: candidate {c}, employee ID {eid}\nThe pre-employment drug screen (CCF {ccf}) was collected {dt} at {site}. The MRO, Dr. {mro}, has not released the result and the start date is {sd}. ",
        c=(g.name(cand, g.pick(("full", "LAST_FIRST", "caps"))), "NAME"), eid=(g.pattern(g.pick(("E######", "######", "EMP-#####"))), "ID"),
        ccf=(g.pattern(g.pick(("#########", "A#########", "##########"))), "ID"), dt=(g.date(g.day(7), g.pick(EVENT_STYLES)), "DATE"),
        site=(g.facility("collect"), "FACILITY"), mro=(g.name(mro, g.pick(("sur", "full"))), "NAME"), sd=(g.date(g.day(0, 14), g.pick(EVENT_STYLES)), "DATE"),
    )  # fmt: skip
    d.fill(
        "Panel was the 10-panel plus {c} confirmation. Please call me at {ph}.\n",
        c=(g.pick(("80305", "G0480", "80307")), "code"),
        ph=(g.phone(ext=True), "PHONE"),
    )
    d.add(g.pick(("Thanks,\n", "Regards,\n")))
    d.fill("{n}\nHR Generalist, {e}", n=(g.name(hr, "full"), "NAME"), e=(emp, "FACILITY"))


def m_cataract(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    iol = IOLS[g.rng.randrange(len(IOLS))]
    d.fill(
        "Dr. {dr} did my {eye} eye on {dt} ({maker} {model} lens). Today the vision is blurry and I see a halo at night. I am using {d1} 4x a day and {d2}. ",
        dr=(g.name(dr, g.pick(("sur", "full"))), "NAME"), eye=(g.pick(("left", "right")), ""), dt=(g.date(g.day(14), g.pick(EVENT_STYLES)), "DATE"),
        maker=(iol[0], "maker"), model=(iol[1], "model"),
        d1=("prednisolone acetate", "drug"), d2=("moxifloxacin", "drug"),
    )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "The implant card says lot {lot}, serial {sn} if that matters. ",
            lot=(g.pattern(g.pick(("L##A###", "####-###", "AA#####"))), "lot"),
            sn=(g.serial(), "DEVICE"),
        )
    d.fill(
        "My other eye is scheduled {dt2} at {f}. Is that still ok? Please call {ph}.\n",
        dt2=(g.date(g.day(0, 30), g.pick(EVENT_STYLES)), "DATE"),
        f=(g.facility("eye"), "FACILITY"),
        ph=(g.phone(), "PHONE"),
    )
    _sign(g, d, pt)
    if g.chance(0.4):
        old, _ = g.old_age()
        d.fill("\n(for my mother, age {a})", a=(old, "AGE"))


MESSAGE_GENRES: tuple[Callable[[Gen, Doc], None], ...] = (
    m_referral, m_transport, m_pa_status, m_post_discharge, m_fertility, m_pharmacy_fax, m_va, m_i693, m_sports,
    m_camp, m_hospice, m_dialysis, m_mixed, m_calendar, m_ooo, m_bariatric, m_donor, m_work_screen, m_cataract,
)  # fmt: skip


# --- clinical ---------------------------------------------------------------------------------


def _patient_block(g: Gen, d: Doc, pt: Person, age: int, sep: str = "   ", mrn: bool = True) -> None:
    d.fill(
        "{lab}: {pt}" + sep + "DOB: {dob}",
        lab=(g.pick(("Patient", "Name", "Pt", "PATIENT")), ""), pt=(g.name(pt, g.pick(("LAST_FIRST", "last_first", "last_first_mi", "LAST_FIRST_MI", "full", "caps"))), "NAME"),
        dob=(g.date(g.dob(age), g.pick(DOB_STYLES)), "DATE"),
    )  # fmt: skip
    if mrn:
        d.fill(sep + "{l} {m}", l=(g.pick(("MRN:", "MRN", "MR#", "Med Rec #:")), ""), m=(g.mrn(), "MRN"))
    if g.chance(0.2):
        d.fill(sep + "{l} {a}", l=(g.pick(("Acct:", "HAR", "Acct #", "FIN")), ""), a=(g.account(), "ACCOUNT"))
    d.add("\n")


def _signed(g: Gen, d: Doc, p: Person, cred: str) -> None:
    d.fill(
        g.pick((
            "Electronically signed by {n}, {c} on {dt} at {tm}\n", "-- {n}, {c}\n", "Signed: {n} {c}  {dt} {tm}\n",
            "{N}, {c}\n", "/s/ {n}, {c}, {dt}\n",
        )),
        n=(g.name(p, g.pick(("full", "full", "init_sur", "full3"))), "NAME"), N=(g.name(p, "caps"), "NAME"), c=(cred, ""),
        dt=(g.date(g.today, g.pick(("mdY", "mdy", "iso"))), "DATE"), tm=(g.time(), ""),
    )  # fmt: skip


def c_labor(g: Gen, d: Doc) -> None:
    pt, att, res, sup = g.person(sex="f"), g.clinician(), g.clinician(), g.person(sex="m")
    age = g.young(19, 42)
    adm = g.day(3)
    d.add(g.pick(("LABOR AND DELIVERY NOTE\n", "L&D DELIVERY SUMMARY\n", "Delivery Note - Labor and Delivery\n")))
    if "Labor and Delivery" in d.text():
        d.keep.setdefault("Labor and Delivery", "department")
    _patient_block(g, d, pt, age)
    d.fill(
        "Admit: {ad} {tm}   Attending: {a}, MD   Resident: {r}, DO\n",
        ad=(g.date(adm, g.pick(("mdY", "iso", "dMonY"))), "DATE"), tm=(g.time(), ""), a=(g.name(att, g.pick(("full", "init_sur"))), "NAME"), r=(g.name(res, g.pick(("full", "init_sur"))), "NAME"),
    )  # fmt: skip
    gp = g.rng.randint(1, 4)
    d.fill(
        "{age} y/o G{g}P{p} at {w}w{dd}d, EDD {edd}. {bs} 8 on arrival; {lm} confirmed vertex.\n",
        age=(str(age), ""), g=(str(gp), ""), p=(str(gp - 1), ""), w=(str(g.rng.randint(37, 41)), ""), dd=(str(g.rng.randint(0, 6)), ""),
        edd=(g.date(adm + dt.timedelta(days=g.rng.randint(-6, 10)), g.pick(("mdY", "md", "long"))), "DATE"), bs=("Bishop score", "eponym"), lm=("Leopold maneuvers", "eponym"),
    )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "Prenatal care at {pc} with {cnm}, CNM from 9 weeks; 1-hr GTT 128; rubella immune; HIV and HBsAg negative; Tdap given {td}.\n",
            pc=(g.facility("clinic"), "FACILITY"), cnm=(g.name(g.clinician(), g.pick(("full", "init_sur"))), "NAME"), td=(g.date(adm - dt.timedelta(days=60), g.pick(("md", "mdY"))), "DATE"),
        )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "Delivery: {dd} at {tm}, spontaneous vaginal delivery of a live {sex} infant. {ap} 8 and 9. Weight {wt} g. {ox} per protocol. EBL 300 mL.\n",
            dd=(g.date(adm + dt.timedelta(days=1), g.pick(("mdY", "md", "iso"))), "DATE"), tm=(g.time(), ""), sex=(g.pick(("female", "male")), ""),
            ap=("Apgar", "eponym"), wt=(str(g.rng.randint(2700, 4100)), ""), ox=("oxytocin", "drug"),
        )  # fmt: skip
        codes = ("O80", "Z37.0", "59400")
    else:
        d.fill(
            "Primary low transverse cesarean via {pf} incision on {dd} for arrest of dilation. {ap} 7 and 9. {mg} given for 24 h. EBL 800 mL.\n",
            pf=("Pfannenstiel", "eponym"), dd=(g.date(adm + dt.timedelta(days=1), g.pick(("mdY", "md"))), "DATE"), ap=("Apgar", "eponym"), mg=("magnesium sulfate", "drug"),
        )  # fmt: skip
        codes = ("O62.1", "Z37.0", "59510")
    if g.chance(0.6):
        d.fill(
            "Labor course: SROM at {t1}, clear fluid. Epidural at 5 cm by {cr}, CRNA. Category I tracing. Complete at {t2}; pushed 40 min. Second-degree laceration repaired. Placenta intact. GBS negative, rubella immune, blood type {bt}. Postpartum: ibuprofen, docusate, breastfeeding with lactation ({lc}).\n",
            t1=(g.time(), ""), cr=(g.name(g.clinician(), g.pick(("full", "init_sur"))), "NAME"), t2=(g.time(), ""), bt=(g.pick(("O POS", "A POS", "B POS", "O NEG")), ""),
            lc=(g.name(g.clinician(), g.pick(("given", "full"))), "NAME"),
        )  # fmt: skip
    d.fill(
        "Infant: Baby {sx} {sur} (MRN {m2}) to newborn nursery, {peds} to follow. Support person: {sp}, {ph}.\n",
        sx=(g.pick(("Girl", "Boy")), ""), sur=(pt.surname, "NAME"), m2=(g.mrn(), "MRN"), peds=("Pediatrics", "department"),
        sp=(g.name(sup, g.pick(("full", "given"))), "NAME"), ph=(g.phone(), "PHONE"),
    )  # fmt: skip
    d.fill("Codes: {a}, {b}; CPT {c}\n", a=(codes[0], "code"), b=(codes[1], "code"), c=(codes[2], "code"))
    _signed(g, d, att, "MD")


def c_ophtho(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    age = g.young(55, 88)
    d.add(g.pick(("OPHTHALMOLOGY EXAM\n", "Ophthalmology - Post-op Day 1\n", "EYE CLINIC NOTE\n")))
    d.fill("{f}\n", f=(g.facility("eye"), "FACILITY"))
    _patient_block(g, d, pt, age)
    age_s, _ = g.age_slot(55, 88, 0.35)
    d.fill("Visit: {v}   Age: {a}\n", v=(g.date(g.today, g.pick(("mdY", "iso", "long"))), "DATE"), a=age_s)
    d.fill(
        "VA sc ({sn}): OD 20/{od}  OS 20/{os}   IOP ({gl}): OD {i1} OS {i2} mmHg   Color ({ih}) 14/14 OU\n",
        sn=("Snellen", "eponym"), od=(g.pick(("25", "30", "40", "60")), ""), os=(g.pick(("20", "25", "50", "80")), ""), gl=("Goldmann", "eponym"),
        i1=(str(g.rng.randint(11, 24)), ""), i2=(str(g.rng.randint(11, 24)), ""), ih=("Ishihara", "eponym"),
    )  # fmt: skip
    iol = IOLS[g.rng.randrange(len(IOLS))]
    if g.chance(0.5):
        d.fill(
            "SLE: lids/lashes normal OU; conj quiet; cornea clear OD, trace edema OS; AC deep and quiet; iris flat; lens {ln}.\nDFE: C/D 0.3 OD, 0.4 OS; macula flat, no CSME; periphery attached 360.\n",
            ln=(g.pick(("2+ NS OD, PCIOL OS", "PCIOL OU centered", "3+ NS with PSC OD")), ""),
        )  # fmt: skip
    d.fill(
        "Surgery {sd}: phaco/IOL {eye}. Implant: {mk} {md} +{pw} D, lot {lot}, serial {sn}.\n",
        sd=(g.date(g.day(10), g.pick(("mdY", "md", "dMonY"))), "DATE"), eye=(g.pick(("OD", "OS")), ""), mk=(iol[0], "maker"),
        md=(iol[1], "model"), pw=(f"{g.rng.randint(16, 26)}.{g.pick('05')}", ""), lot=(g.pattern(g.pick(("L##A###", "####-###", "AA#####"))), "lot"),
        sn=(g.serial(), "DEVICE"),
    )  # fmt: skip
    d.fill(
        "Plan: {p} QID x 1 wk, {m} QID x 1 wk, {l} qhs OU. Other eye scheduled {od}.\n",
        p=("prednisolone acetate", "drug"),
        m=("moxifloxacin", "drug"),
        l=("latanoprost", "drug"),
        od=(g.date(g.day(0, 40), g.pick(EVENT_STYLES)), "DATE"),
    )
    d.fill(
        "Dx {a}; CPT {b}\n",
        a=(g.pick(("H25.13", "H25.12", "H26.9")), "code"),
        b=(g.pick(("66984", "66982", "92014")), "code"),
    )
    _signed(g, d, dr, "MD")


def c_audio(g: Gen, d: Doc) -> None:
    pt, aud, ent = g.person(), g.clinician(), g.clinician()
    age = g.young(8, 86)
    d.add("AUDIOLOGY REPORT\n" if g.chance(0.6) else "Audiology - Hearing Evaluation\n")
    _patient_block(g, d, pt, age)
    d.fill(
        "Date of test: {dt}   Referred by: Dr. {ent}, {f}\n",
        dt=(g.date(g.today, g.pick(("mdY", "long", "iso"))), "DATE"),
        ent=(g.name(ent, g.pick(("full", "sur"))), "NAME"),
        f=(g.facility(g.pick(("clinic", "hospital"))), "FACILITY"),
    )
    if g.chance(0.5):
        d.fill(
            "History: {a} y/o reports gradual hearing loss R>L for 3 years with tinnitus and aural fullness; noise exposure as a {job}; no otalgia or drainage.\n",
            a=(str(age), ""), job=(g.pick(("machinist", "drummer", "airport ramp agent", "farmer", "dental hygienist")), ""),
        )  # fmt: skip
    d.fill(
        "Tuning fork: {r} positive AU, {w} lateralizes {s}. History of {m}.\n",
        r=("Rinne", "eponym"),
        w=("Weber", "eponym"),
        s=(g.pick(("left", "right", "midline")), ""),
        m=("Meniere disease", "eponym"),
    )
    d.add("Pure-tone thresholds (dB HL)\n")
    sep = g.pick((" | ", "\t", "  "))
    freqs = ("250", "500", "1000", "2000", "4000", "8000")
    d.add(sep.join(("Hz   ",) + freqs) + "\n")
    for ear in ("Right", "Left "):
        base = g.rng.randint(10, 35)
        d.add(sep.join((ear,) + tuple(str(min(110, base + k * g.rng.randint(2, 12))) for k in range(6))) + "\n")
    if g.chance(0.6):
        d.fill(
            "Speech: SRT {a} dB R, {b} dB L; WRS {c}% R, {e}% L at 40 dB SL. Tympanometry type A AU; acoustic reflexes present ipsi/contra.\nRecommendations: binaural amplification; annual audiogram; ENT follow-up with Dr. {ent} re asymmetry; hearing aid orientation {ho}.\n",
            a=(str(g.rng.randint(15, 45)), ""), b=(str(g.rng.randint(15, 45)), ""), c=(str(g.rng.randint(68, 100)), ""), e=(str(g.rng.randint(60, 100)), ""),
            ent=(g.name(ent, "sur"), "NAME"), ho=(g.date(g.day(0, 21), g.pick(EVENT_STYLES)), "DATE"),
        )  # fmt: skip
    if g.chance(0.7):
        mk, md = HEARING_AIDS[g.rng.randrange(len(HEARING_AIDS))]
        d.fill(
            "Fitted {mk} {md} RIC, serial R {s1} / L {s2}. Warranty through {wt}.\n",
            mk=(mk, "maker"), md=(md, "model"), s1=(g.serial(), "DEVICE"), s2=(g.serial(), "DEVICE"),
            wt=(g.date(g.day(0, 1000), g.pick(("mdY", "monyear"))), "DATE"),
        )  # fmt: skip
    d.fill(
        "CPT {a}, {b}; HCPCS {c}\n",
        a=("92557", "code"),
        b=("92567", "code"),
        c=(g.pick(("V5261", "V5257", "V5020")), "code"),
    )
    _signed(g, d, aud, g.pick(("AuD, CCC-A", "AuD", "MA, CCC-A")))


def c_derm(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    age = g.young(30, 88)
    d.add(g.pick(("DERMATOLOGY PROCEDURE NOTE\n", "Procedure Note - Dermatology\n")))
    _patient_block(g, d, pt, age)
    mohs = g.chance(0.5)
    d.fill(
        "Date: {dt}   Surgeon: {s}, MD   {fz} type {t}\n",
        dt=(g.date(g.today, g.pick(("mdY", "long", "dMonY"))), "DATE"), s=(g.name(dr, g.pick(("full", "caps"))), "NAME"), fz=("Fitzpatrick", "eponym"), t=(g.pick(("II", "III", "IV", "V")), ""),
    )  # fmt: skip
    if mohs:
        d.fill(
            "Procedure: {mh} micrographic surgery, {site}, 2 stages, clear margins. Defect 1.4 x 1.1 cm, repaired with rotation flap.\nAnesthesia: {l} 1% with epinephrine, 6 mL.\nCodes: {c1}, {c2}; {dx}\n",
            mh=("Mohs", "eponym"), site=(g.pick(("left nasal ala", "right helix", "forehead", "left cheek")), ""), l=("lidocaine", "drug"),
            c1=("17311", "code"), c2=("14060", "code"), dx=(g.pick(("C44.311", "C44.41", "C44.319")), "code"),
        )  # fmt: skip
    else:
        d.fill(
            "Procedure: shave biopsy x{n}, {site}. {l} 1% with epi. Hemostasis with aluminum chloride. {mu} and bandage.\nCodes: {c1}; {dx}\n",
            n=(str(g.rng.randint(1, 3)), ""), site=(g.pick(("upper back", "left shin", "scalp")), ""), l=("lidocaine", "drug"), mu=("mupirocin", "drug"),
            c1=("11102", "code"), dx=(g.pick(("D48.5", "L57.0", "L82.1")), "code"),
        )  # fmt: skip
    if g.chance(0.6):
        d.fill(
            "Indication: {sz} mm pearly papule, biopsy-proven on {bd}. Consent signed, time-out done, site marked by patient. Tolerated well; EBL minimal. Wound care: petrolatum and bandage daily, no swimming x 2 weeks; suture removal {sr}. Follow-up skin check in {mo} months with {dept}.\n",
            sz=(str(g.rng.randint(4, 14)), ""), bd=(g.date(g.day(60), g.pick(("md", "mdY", "abbr_noyear"))), "DATE"),
            sr=(g.date(g.day(0, 14), g.pick(("wk_md", "md"))), "DATE"), mo=(g.pick(("3", "6", "12")), ""), dept=("Dermatology", "department"),
        )  # fmt: skip
    d.fill(
        "Specimen {acc} to {lab}; results to {pt} by portal or {ph}.\n",
        acc=(g.pattern(g.pick(("S##-#####", "DP##-####", "D##-######"))), "ID"), lab=(g.facility("lab"), "FACILITY"), pt=(g.name(pt, "given"), "NAME"), ph=(g.phone(), "PHONE"),
    )  # fmt: skip


def c_psych(g: Gen, d: Doc) -> None:
    pt, dr, sis = g.person(), g.clinician(), g.person(sex="f")
    age = g.young(19, 75)
    d.wrap = 72 if g.chance(0.6) else 0
    d.add(
        g.pick(
            (
                "PSYCHIATRY INTAKE\n\n",
                "Psychiatric Evaluation - New Patient\n\n",
                "OUTPATIENT PSYCHIATRY - INITIAL ASSESSMENT\n\n",
            )
        )
    )
    d.fill(
        "IDENTIFYING DATA: {pt} is a {a}-year-old {mar} {sex} born in {bp} who moved to {st} in {yr}, lives in {town} with {who}, and works as a {job} at {emp}. ",
        pt=(g.name(pt, g.pick(("full", "full3", "given"))), "NAME"), a=(str(age), ""), mar=(g.pick(("married", "single", "divorced", "widowed")), ""),
        sex=("woman" if pt.sex == "f" else "man", ""), bp=(g.pick(g.p.towns), "LOCATION"), st=(g.pick(STATES), ""), yr=(str(g.today.year - g.rng.randint(1, age - 1)), ""),
        town=(g.town(), "LOCATION"), who=(g.pick(("her husband", "two children", "a roommate", "her parents")) if pt.sex == "f" else g.pick(("his wife", "two children", "a roommate", "his parents")), ""), job=(g.pick(("software engineer", "pharmacist", "cashier", "truck driver", "teacher")), ""),
        emp=(g.facility("employer"), "FACILITY"),
    )  # fmt: skip
    d.fill(
        "Referred by {pcp} for low mood since {on}. PHQ-9 today 19, GAD-7 14. Sleeps 4-5 h. Denies SI today; one passive SI episode {ep}. ",
        pcp=(g.name(g.clinician(), g.pick(("full", "init_sur"))), "NAME"), on=(g.date(g.day(200), g.pick(("monyear", "long_noyear", "md"))), "DATE"), ep=(g.date(g.day(60), g.pick(("md", "long_noyear"))), "DATE"),
    )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "After losing the apartment {pr} slept in the car (plate {pl}) for two weeks. ",
            pr=("she" if pt.sex == "f" else "he", ""),
            pl=(g.plate(), "VEHICLE"),
        )
    if g.chance(0.6):
        d.fill(
            "Past psychiatric history: one prior episode after {ev}, treated by Dr. {od} at {of}; no hospitalizations, no suicide attempts. Substance use: no alcohol, no cannabis, tea 4 cups/day. Family history: father with {fh}; maternal uncle with bipolar disorder in {bp}. Medical: {ep}, on {lt}.\n",
            ev=(g.pick(("a miscarriage", "a layoff", "the move to the US", "a divorce")), ""), od=(g.name(g.clinician(), g.pick(("sur", "full"))), "NAME"),
            of=(g.facility("recovery"), "FACILITY"), fh=(g.pick(("alcohol use disorder", "depression", "dementia")), ""), bp=(g.pick(g.p.towns), "LOCATION"),
            ep=("Hashimoto", "eponym"), lt=("levothyroxine", "drug"),
        )  # fmt: skip
    d.fill(
        "Collateral from sister {s} ({ph}). Prior trials: {d1} (GI upset), {d2}.\nMSE: casually dressed, good eye contact, mood 'tired', affect constricted.\nASSESSMENT: {dx} major depressive disorder, recurrent, moderate.\nPLAN: start {d3} 50 mg daily; therapy with {t}; return {rt}.\n",
        s=(g.name(sis, g.pick(("full", "given"))), "NAME"), ph=(g.phone(), "PHONE"), d1=("escitalopram", "drug"), d2=(g.pick(("bupropion", "mirtazapine")), "drug"),
        dx=("F33.1", "code"), d3=("sertraline", "drug"), t=(g.name(g.clinician(), g.pick(("full", "init_sur"))), "NAME"), rt=(g.date(g.day(0, 30), g.pick(EVENT_STYLES)), "DATE"),
    )  # fmt: skip
    _signed(g, d, dr, "MD")


def c_addiction(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    age = g.young(19, 70)
    fac = g.facility("recovery")
    d.add(
        g.pick((
            "CONFIDENTIAL - 42 CFR PART 2 PROTECTED RECORD\nThis information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2). Further disclosure is prohibited unless permitted by the regulations.\n\n",
            "*** 42 CFR Part 2 - SUBSTANCE USE DISORDER RECORD - DO NOT REDISCLOSE ***\n\n",
        ))
    )  # fmt: skip
    d.fill("{f} - {dept}\n", f=(fac, "FACILITY"), dept=("Addiction Medicine", "department"))
    _patient_block(g, d, pt, age)
    d.fill(
        "Visit {v}. {a} y/o on {bn} 16-4 mg daily since {st}. COWS 2. UDS today: positive for buprenorphine, negative fentanyl. PDMP reviewed, report {pd}.\n",
        v=(g.date(g.today, g.pick(("mdY", "iso", "wk_long"))), "DATE"), a=(str(age), ""), bn=("buprenorphine-naloxone", "drug"),
        st=(g.date(g.day(400), g.pick(("monyear", "mdY", "md"))), "DATE"), pd=(g.pattern(g.pick(("RPT-########", "#########"))), "ID"),
    )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "HPI: reports {w} weeks without use; cravings 2/10; working at {emp}; lives with {rel} in {town}. No sedatives or alcohol.\n",
            w=(str(g.rng.randint(2, 30)), ""), emp=(g.facility("employer"), "FACILITY"), rel=(g.pick(("a partner", "parents", "a sister", "two roommates")), ""),
            town=(g.town(), "LOCATION"),
        )  # fmt: skip
    d.fill(
        g.pick((
            "Counselor {c} notes 3 of 4 groups attended. Sponsor {sp} may call {ph}. ",
            "Partner {sp} present with consent form signed {cd}. ",
        )),
        c=(g.name(g.clinician(), g.pick(("full", "given"))), "NAME"), sp=(g.name(g.person(), "given"), "NAME"), ph=(g.phone(), "PHONE"),
        cd=(g.date(g.day(10), "md"), "DATE"),
    )  # fmt: skip
    if g.chance(0.6):
        d.fill(
            "Plan:\n- continue buprenorphine-naloxone 16-4 mg, 14-day supply to {ph}\n- next UDS and visit {nx}\n- HCV Ab and HIV screen ordered; hep A/B vaccine series started\n- ROI on file for {pcp} (PCP) only\n",
            ph=(g.facility("pharmacy"), "FACILITY"), nx=(g.date(g.day(0, 14), g.pick(("wk_md", "md", "mdY"))), "DATE"), pcp=(g.name(g.clinician(), g.pick(("full", "init_sur"))), "NAME"),
        )  # fmt: skip
    d.fill(
        "Naloxone kit refilled. {nt} discussed.\nDx {dx}; {cpt}; {hc}\nPrescriber: {p}, MD   DEA {dea}\n",
        nt=("naltrexone", "drug"), dx=("F11.20", "code"), cpt=("99214", "code"), hc=("G2086", "code"), p=(g.name(dr, g.pick(("full", "caps"))), "NAME"), dea=(g.dea(dr.surname), "LICENSE"),
    )  # fmt: skip


def c_occ(g: Gen, d: Doc) -> None:
    pt, ex = g.person(), g.clinician()
    age = g.young(19, 64)
    emp = g.facility("employer")
    rp = RESPIRATORS[g.rng.randrange(len(RESPIRATORS))]
    d.add(
        g.pick(
            (
                "OCCUPATIONAL HEALTH CLEARANCE\n",
                "Employee Health - Fitness for Duty\n",
                "OCC HEALTH: PRE-PLACEMENT EXAM\n",
            )
        )
    )
    d.fill(
        "Employee: {e}   Employee ID: {id}\nEmployer: {emp}   Position: {pos}\nAge: {a}   Exam date: {dt}\n",
        e=(g.name(pt, g.pick(("LAST_FIRST", "full", "last_first_mi"))), "NAME"), id=(g.pattern(g.pick(("E#####", "######", "##-####"))), "ID"), emp=(emp, "FACILITY"),
        pos=(g.pick(("forklift operator", "respiratory therapist", "lab assistant", "fleet driver", "warehouse associate")), ""), a=(str(age), ""),
        dt=(g.date(g.today, g.pick(("mdY", "iso", "dMonY"))), "DATE"),
    )  # fmt: skip
    d.fill(
        "Respirator fit test: {mk} {md} N95, quantitative, fit factor {ff}, PASS. Lot {lot}.\nIGRA negative {ig}. Hep B surface Ab reactive.\n",
        mk=(rp[0], "maker"), md=(rp[1], "model"), ff=(str(g.rng.randint(120, 200)), ""),
        lot=(g.pattern(g.pick(("B####", "####A##", "L##-####"))), "lot"), ig=(g.date(g.day(30), g.pick(("mdY", "md"))), "DATE"),
    )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "Exam: BP {bp}, HR {hr}, BMI {bmi}. Vision {sn} 20/{v} OU corrected. Lungs clear. Lift test 50 lb floor-to-waist completed. Respirator medical questionnaire reviewed (OSHA 1910.134 App C): no restrictions. Latex allergy denied.\n",
            bp=(f"{g.rng.randint(108, 148)}/{g.rng.randint(62, 92)}", ""), hr=(str(g.rng.randint(58, 96)), ""), bmi=(str(g.rng.randint(19, 38)), ""),
            sn=("Snellen", "eponym"), v=(g.pick(("20", "25", "30")), ""),
        )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "Company vehicle assigned: plate {pl}; driver's license {dl} verified, expires {ex}.\n",
            pl=(g.plate(), "VEHICLE"),
            dl=(g.driver_license(), "LICENSE"),
            ex=(g.date(g.day(0, 1200), g.pick(("mdY", "mdy"))), "DATE"),
        )
    d.fill(
        "Clearance: cleared without restrictions through {th}. Results faxed to HR at {fx}.\nExaminer: {n}, NP  (RN/NP license {lic})\n",
        th=(g.date(g.day(0, 365), g.pick(("mdY", "long", "monyear"))), "DATE"), fx=(g.phone(), "FAX"), n=(g.name(ex, g.pick(("full", "init_sur"))), "NAME"),
        lic=(g.pattern(g.pick(("NP#######", "RN######", "######"))), "LICENSE"),
    )  # fmt: skip
    d.fill("Codes {a}, {b}\n", a=("Z02.1", "code"), b=("94799", "code"))


def c_bariatric(g: Gen, d: Doc) -> None:
    pt, sur = g.person(), g.clinician()
    age = g.young(22, 64)
    ins = g.pick(INSURERS[:8])
    d.wrap = 72 if g.chance(0.5) else 0
    d.add("BARIATRIC SURGERY EVALUATION\n" if g.chance(0.5) else "Bariatric Surgery - New Patient Consult\n")
    _patient_block(g, d, pt, age, sep="  |  ")
    d.fill(
        "{pt} is a {a} yo seen {dt} for evaluation for {ry} gastric bypass vs sleeve. BMI 46.2 (ht 165 cm, wt 126 kg). Comorbid OSA on CPAP (Epworth 9), T2DM on {m} and {s}, GERD. Prior attempts: {t} for 7 months. ",
        pt=(g.name(pt, g.pick(("full", "given"))), "NAME"), a=(str(age), ""), dt=(g.date(g.today, g.pick(EVENT_STYLES)), "DATE"),
        ry=("Roux-en-Y", "eponym"), m=("metformin", "drug"), s=("semaglutide", "drug"), t=("tirzepatide", "drug"),
    )  # fmt: skip
    d.fill(
        "{ins} requires 6 months supervised diet (completed with {dn}, last visit {lv}) and psych clearance ({ps}, pending). Member ID {mem}; auth requested, ref {ref}.\nDx {e1}, {e2}. Plan: EGD with {gi}, nutrition class {nc}, return {rt}.\n",
        ins=(ins, "insurer"), dn=(g.name(g.clinician(), g.pick(("full", "init_sur"))), "NAME"), lv=(g.date(g.day(30), g.pick(("md", "mdY"))), "DATE"),
        ps=(g.name(g.clinician(), "full"), "NAME"), mem=(g.member(), "HEALTH_PLAN"), ref=(g.pattern("#########"), "ID"), e1=("E66.01", "code"), e2=("Z68.41", "code"),
        gi=("Gastroenterology", "department"), nc=(g.date(g.day(0, 30), g.pick(("wk_md", "md"))), "DATE"), rt=(g.date(g.day(0, 90), "monyear"), "DATE"),
    )  # fmt: skip
    if g.chance(0.6):
        d.add(
            "PMH: OSA, T2DM (A1c 7.9), HTN, GERD, PCOS. PSH: lap cholecystectomy. Social: no tobacco (quit 3 y), rare alcohol, works nights. "
            "Family: mother with T2DM, father MI at 58. ROS negative for GI bleed, dysphagia. Exam: pannus, no hernia, Mallampati 3.\n"
        )
    _signed(g, d, sur, "MD, FACS")


def c_sleep(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    age = g.young(30, 85)
    cp = CPAPS[g.rng.randrange(len(CPAPS))]
    dme = g.facility("sleep")
    d.add("SLEEP MEDICINE FOLLOW-UP\n" if g.chance(0.5) else "Sleep Medicine - CPAP Compliance Visit\n")
    _patient_block(g, d, pt, age)
    if g.chance(0.5):
        d.fill(
            "S: {a} y/o with severe OSA (baseline AHI 41 on PSG {ps}) returns for compliance. Wife reports no snoring with mask on. Nasal pillows leak when {pr} sleeps supine; dry mouth improved with heated humidity. Drives {mi} miles/day for work, no drowsy driving.\n",
            a=(str(age), ""), ps=(g.date(g.day(300), g.pick(("mdY", "monyear"))), "DATE"), pr=("she" if pt.sex == "f" else "he", ""), mi=(str(g.rng.randint(5, 80)), ""),
        )  # fmt: skip
    d.fill(
        "Device: {mk} {md}, serial {sn}, APAP 6-14 cm H2O, set up {su} by {dme}. {ep} {e1} -> {e2}.\n",
        mk=(cp[0], "maker"), md=(cp[1], "model"), sn=(g.serial(), "DEVICE"),
        su=(g.date(g.day(120), g.pick(("mdY", "md", "long"))), "DATE"), dme=(dme, "FACILITY"), ep=("Epworth", "eponym"),
        e1=(str(g.rng.randint(12, 20)), ""), e2=(str(g.rng.randint(3, 10)), ""),
    )  # fmt: skip
    if g.chance(0.4):
        d.fill("Patient app: {url}\n", url=(f"https://{g.domain(dme)}/patients/{g.url_id(10)}", "URL"))
    if g.chance(0.6):
        d.fill(
            "Modem upload from {ip} last synced {ls}.\n",
            ip=(g.ip(), "IP"),
            ls=(g.date(g.day(3), g.pick(("md", "mdY", "iso"))), "DATE"),
        )
    sep = g.pick((" | ", "\t", "  "))
    d.add(sep.join(("Night", "Hours", "AHI", "Leak L/min")) + "\n")
    start = g.day(14)
    for k in range(g.rng.randint(3, 6)):
        d.fill(
            "{n}" + sep + "{h}" + sep + "{ahi}" + sep + "{lk}\n",
            n=(g.date(start + dt.timedelta(days=k), g.pick(("md", "md", "iso"))), "DATE"), h=(f"{g.rng.randint(2, 8)}.{g.rng.randint(0, 9)}", ""),
            ahi=(f"{g.rng.randint(0, 6)}.{g.rng.randint(0, 9)}", ""), lk=(str(g.rng.randint(4, 30)), ""),
        )  # fmt: skip
    d.fill(
        "Dx {a}; CPT {b}. Return {r}.\n",
        a=("G47.33", "code"),
        b=("94660", "code"),
        r=(g.date(g.day(0, 120), g.pick(("monyear", "md", "long"))), "DATE"),
    )
    _signed(g, d, dr, g.pick(("MD", "DO", "NP")))


def c_ccf(g: Gen, d: Doc) -> None:
    donor, col, mro = g.person(), g.person(), g.clinician()
    emp = g.facility("employer")
    d.add(
        "FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM - COPY 1\n"
        if g.chance(0.5)
        else "CHAIN OF CUSTODY FORM (non-federal)\n"
    )
    d.fill("Specimen ID No. {id}\n", id=(g.pattern(g.pick(("#########", "A#########", "##########"))), "ID"))
    d.fill(
        "STEP 1  A. Employer: {e}, {ea}, {et}, {es} {ez}  Ph {ep}  Fax {ef}\n",
        e=(emp, "FACILITY"), ea=(g.street(), "ADDRESS"), **g.where("et", "es", "ez", us=0.7),
        ep=(g.phone(g.pick(("paren", "dash"))), "PHONE"), ef=(g.phone(g.pick(("paren", "dash"))), "FAX"),
    )  # fmt: skip
    d.fill(
        "B. MRO: Dr. {m}, {ma}  Ph {mp}  {me}\nC. Donor SSN or Employee ID: {ssn}\nD. Reason: {r}   E. Tests: THC, COC, PCP, OPI, AMP\n",
        m=(g.name(mro, g.pick(("full", "init_sur"))), "NAME"), ma=(g.facility("collect"), "FACILITY"), mp=(g.phone(), "PHONE"), ssn=(g.ssn(), "SSN"),
        me=(g.staff_email(mro, "mro review services"), "EMAIL"),
        r=(g.pick(("Pre-employment", "Random", "Post-accident", "Reasonable suspicion")), ""),
    )  # fmt: skip
    d.fill(
        "F. Collection site: {cs}, {ca}  Ph {cp}\nSTEP 2  Temp 32-38 C within 4 min: [X] Yes  Split: [X]\nSTEP 4  Collector: {c}   Date: {dt}  Time: {tm}\nReleased to: FedEx  ->  {lab}\n",
        cs=(g.facility("collect"), "FACILITY"), ca=(g.street(po=0), "ADDRESS"), cp=(g.phone(ext=g.chance(0.5)), "PHONE"), c=(g.name(col, g.pick(("LAST_FIRST", "full", "caps"))), "NAME"),
        dt=(g.date(g.today, g.pick(("mdY", "mdy"))), "DATE"), tm=(g.time(), ""), lab=(g.facility("lab"), "FACILITY"),
    )  # fmt: skip
    d.fill(
        "STEP 5  Donor: {dn}   Daytime ph {dp}   DOB {dob}\nCodes: {c1}, {c2}\n",
        dn=(g.name(donor, g.pick(("LAST_FIRST", "full", "caps", "LAST_FIRST_MI"))), "NAME"), dp=(g.phone(), "PHONE"), dob=(g.date(g.dob(g.young()), g.pick(("mdY", "mdy", "iso"))), "DATE"),
        c1=("80305", "code"), c2=(g.pick(("G0480", "80307")), "code"),
    )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "STEP 6 (MRO copy): Result NEGATIVE. Verified by {m}, MD on {vd}; interview not required. Reported to DER {der} at {ph}.\n",
            m=(g.name(mro, g.pick(("full", "caps"))), "NAME"), vd=(g.date(g.day(0, 4), g.pick(("mdY", "mdy"))), "DATE"), der=(g.name(g.person(), "full"), "NAME"),
            ph=(g.phone(ext=True), "PHONE"),
        )  # fmt: skip


_CHILD_VACCINES = (("Merck", "Gardasil 9"), ("GSK", "Boostrix"), ("Sanofi Pasteur", "Adacel"), ("Merck", "M-M-R II"),
                   ("Pfizer", "Comirnaty"), ("Seqirus", "Flucelvax"))  # fmt: skip
_ADULT_VACCINES = (("GSK", "Shingrix"), ("Seqirus", "Flucelvax"), ("Pfizer", "Comirnaty"), ("Moderna", "Spikevax"),
                   ("Sanofi Pasteur", "Adacel"), ("Merck", "Pneumovax 23"))  # fmt: skip


def c_var(g: Gen, d: Doc) -> None:
    pt = g.person()
    child = g.chance(0.5)
    age = g.young(1, 17) if child else g.young(19, 89)
    d.add("VACCINE ADMINISTRATION RECORD\n" if g.chance(0.6) else "Immunization Administration Record\n")
    _patient_block(g, d, pt, age)
    if child:
        d.fill(
            "Guardian: {gd}   VFC eligibility: {v}   {ins} ID {mid}\n",
            gd=(g.name(g.person(pt.loc), g.pick(("full", "LAST_FIRST"))), "NAME"), v=(g.pick(("Medicaid", "Not eligible", "Uninsured")), ""),
            ins=(g.pick(("Medicaid", "Aetna", "Cigna", "Medi-Cal")), "insurer"), mid=(g.member(), "HEALTH_PLAN"),
        )  # fmt: skip
        vaccines = _CHILD_VACCINES
    else:
        a, _ = g.age_slot(65, 89, 0.5)
        d.fill(
            "Age: {a}   Setting: {st}   {ins} ID {mid}\n",
            a=a, st=(g.pick(("long-term care visit", "pharmacy clinic", "primary care")), ""), ins=(g.pick(("Medicare", "Humana", "Wellcare")), "insurer"),
            mid=(g.mbi(), "HEALTH_PLAN"),
        )  # fmt: skip
        vaccines = _ADULT_VACCINES
    sep = g.pick((" | ", "\t"))
    d.add(sep.join(("Date", "Vaccine", "Mfr", "Lot", "Site", "VIS given", "By")) + "\n")
    when = g.day(2)
    for _ in range(g.rng.randint(2, 4)):
        mk, vac = vaccines[g.rng.randrange(len(vaccines))]
        d.fill(
            "{dt}" + sep + "{vac}" + sep + "{mk}" + sep + "{lot}" + sep + "{site}" + sep + "{vis}" + sep + "{by}\n",
            dt=(g.date(when, g.pick(("mdY", "iso"))), "DATE"), vac=(vac, "drug"), mk=(mk, "maker"), lot=(g.pattern(g.pick(("AA####", "#A##A#", "FN####", "X#####A"))), "lot"),
            site=(g.pick(("L deltoid", "R deltoid", "L thigh", "R thigh") if child else ("L deltoid", "R deltoid")), ""), vis=(g.date(when, "md"), "DATE"),
            by=(g.name(g.clinician(), g.pick(("initials", "init_sur", "initials_dots"))), "NAME"),
        )  # fmt: skip
    if g.chance(0.5):
        d.add(
            "Screening: no fever today; no prior reaction; no immunosuppression; no blood products in 11 months. "
            "Observed 15 minutes after administration, no syncope. "
            + ("Parent" if child else "Patient")
            + " given VIS and after-care sheet; acetaminophen dosing reviewed.\n"
        )
        d.keep.setdefault("acetaminophen", "drug")
    d.fill(
        "CPT {a}, {b}. Reported to state IIS from workstation {ip}.\n",
        a=(g.pick(("90715", "90686", "90750", "90651", "90732")), "code"),
        b=("90471", "code"),
        ip=(g.ip(private=True), "IP"),
    )


def c_transfusion(g: Gen, d: Doc) -> None:
    pt, tech, rn1, rn2 = g.person(), g.person(), g.clinician(), g.clinician()
    age = g.young(18, 89)
    d.add("BLOOD BANK - TRANSFUSION RECORD\n" if g.chance(0.6) else "Transfusion Administration Record (Blood Bank)\n")
    if "Blood Bank" in d.text():
        d.keep.setdefault("Blood Bank", "department")
    _patient_block(g, d, pt, age)
    if g.chance(0.3):
        a, _ = g.age_slot(50, 89, 0.5)
        d.fill("Age: {a}   Unit: {u}\n", a=a, u=(g.pick(("Oncology", "Orthopedics", "Nephrology")), "department"))
    d.fill(
        "BB band #: {bb}   ABO/Rh: {abo}   Antibody screen: {ab}   DAT ({co}): negative\n",
        bb=(g.pattern(g.pick(("BB######", "A####-##", "#######"))), "ID"), abo=(g.pick(("O POS", "A POS", "B NEG", "AB POS", "O NEG")), ""),
        ab=(g.pick(("negative", "positive - anti-Kell", "positive - anti-E")), ""), co=("Coombs", "eponym"),
    )  # fmt: skip
    d.fill(
        "Product: Red Blood Cells, Leukocytes Reduced ({pc})  DIN {din}  Exp {ex}\nIssued {iss} {tm} by {t}\nBedside verification: {a} and {b}\n",
        pc=(g.pick(("E0382", "E3844", "E0336")), "code"), din=(f"W{g.digits(4)} {g.digits(2)} {g.digits(6)} {g.digits(1)}", "ID"),
        ex=(g.date(g.day(0, 35), g.pick(("mdY", "dMonY", "DDMONYYYY"))), "DATE"), iss=(g.date(g.today, g.pick(("mdY", "md"))), "DATE"), tm=(g.time(), ""),
        t=(g.name(tech, g.pick(("init_sur", "full", "initials"))), "NAME"), a=(g.name(rn1, g.pick(("full", "init_sur"))), "NAME"), b=(g.name(rn2, g.pick(("full", "init_sur"))), "NAME"),
    )  # fmt: skip
    sep = g.pick((" | ", "\t"))
    d.add(sep.join(("Time", "BP", "HR", "Temp")) + "\n")
    for k in ("Pre", "15 min", "Post"):
        d.add(
            sep.join(
                (
                    k,
                    f"{g.rng.randint(100, 150)}/{g.rng.randint(55, 90)}",
                    str(g.rng.randint(60, 110)),
                    f"{g.rng.randint(36, 37)}.{g.rng.randint(0, 9)}",
                )
            )
            + "\n"
        )
    if g.chance(0.5):
        d.fill(
            "Consent for blood products signed {cd}. Premedication: {a} 650 mg PO and {b} 25 mg IV at {tm}. Rate 100 mL/h x 15 min then 200 mL/h; 18 g IV L forearm. Volume 310 mL.\n",
            cd=(g.date(g.today, g.pick(("mdY", "md"))), "DATE"), a=("acetaminophen", "drug"), b=("diphenhydramine", "drug"), tm=(g.time(), ""),
        )  # fmt: skip
    d.fill(
        "Reaction: none. Indication Hgb 6.8 ({dx}). CPT {c}.\n",
        dx=(g.pick(("D62", "D64.9", "D50.0")), "code"),
        c=("36430", "code"),
    )


def c_path_addendum(g: Gen, d: Doc) -> None:
    pt, path = g.person(), g.clinician()
    age = g.young(25, 88)
    d.add("SURGICAL PATHOLOGY - ADDENDUM\n" if g.chance(0.5) else "ADDENDUM REPORT\n")
    d.fill(
        "Accession: {a}   {f}\n",
        a=(g.pattern(g.pick(("S##-#####", "SP##-######", "S##-##### !A"))), "ID"),
        f=(g.facility("lab"), "FACILITY"),
    )
    _patient_block(g, d, pt, age)
    d.fill(
        "Original report signed {o} by {p}, MD. Addendum {ad}:\nImmunostains performed on block A2: {st}. The findings support the original diagnosis. {ep} not identified. Results called to Dr. {c} at {tm} on {cd} ({ph}).\n",
        o=(g.date(g.day(10), g.pick(("mdY", "md", "dMonY"))), "DATE"), p=(g.name(path, g.pick(("full", "caps"))), "NAME"), ad=(g.date(g.today, g.pick(("mdY", "iso"))), "DATE"),
        st=(g.pick(("CK7 positive, CK20 negative", "p40 positive, TTF-1 negative", "S100 positive, SOX10 positive")), ""), ep=(g.pick(("Paget disease", "Crohn disease")), "eponym"),
        c=(g.name(g.clinician(), "sur"), "NAME"), tm=(g.time(), ""), cd=(g.date(g.today, g.pick(("md", "mdY"))), "DATE"), ph=(g.phone(ext=True), "PHONE"),
    )  # fmt: skip
    if g.chance(0.6):
        d.add(
            "Original diagnosis: A. Colon, sigmoid, resection: adenocarcinoma, moderately differentiated, invading into pericolic fat (pT3); 0/18 lymph nodes. "
            "Margins negative. Gross: segment of colon 22 cm with a 4.1 cm ulcerated mass 6 cm from the distal margin.\n"
        )
    d.fill("CPT {a} x2; {b}\n", a=("88342", "code"), b=(g.pick(("C34.90", "C18.7", "C43.59")), "code"))


def c_incident(g: Gen, d: Doc) -> None:
    pt, rep, wit = g.person(), g.clinician(), g.person()
    d.add(
        "HOSPITAL INCIDENT REPORT - CONFIDENTIAL PATIENT SAFETY WORK PRODUCT\n"
        if g.chance(0.5)
        else "Incident / Occurrence Report\n"
    )
    d.fill(
        "Report #: {r}   Event date: {dt} {tm}   Unit: {u}\n",
        r=(g.pattern(g.pick(("IR-#######", "######", "RL##-#####"))), "ID"), dt=(g.date(g.day(3), g.pick(("mdY", "iso", "md"))), "DATE"), tm=(g.time(), ""),
        u=(g.pick(("Labor and Delivery", "Psychiatry", "Dialysis Unit 3", "Oncology", "Orthopedics")), "department"),
    )  # fmt: skip
    kind = g.pick(("fall", "vehicle", "vehicle", "med"))
    if kind == "fall":
        d.fill(
            "Patient {p} ({a} y/o, MRN {m}) found on floor beside bed. {mf} score 65; bed alarm off. No injury on exam by {dr}. Family ({fm}) notified by phone {ph}.\n",
            p=(g.name(pt, g.pick(("full", "LAST_FIRST"))), "NAME"), a=g.age_slot(60, 89, 0.5)[0], m=(g.mrn(), "MRN"), mf=("Morse Fall Scale", "eponym"),
            dr=(g.name(g.clinician(), "full"), "NAME"), fm=(g.name(g.person(pt.loc), "given"), "NAME"), ph=(g.phone(), "PHONE"),
        )  # fmt: skip
    elif kind == "vehicle":
        d.fill(
            "Visitor {v} backed a {car} (plate {pl}, VIN {vin}) into the ED ambulance bay bollard. No injuries. Security officer {so} took statements; witness {w} ({ph}).\n",
            v=(g.name(g.person(), g.pick(("full", "caps"))), "NAME"), car=(g.pick(("2019 Toyota RAV4", "2016 Honda Civic", "2021 Ford F-150")), ""),
            pl=(g.plate(), "VEHICLE"), vin=(g.vin(), "VEHICLE"), so=(g.name(g.person(), g.pick(("full", "sur"))), "NAME"), w=(g.name(wit, "full"), "NAME"), ph=(g.phone(), "PHONE"),
        )  # fmt: skip
    else:
        d.fill(
            "{p} (MRN {m}) received {d1} 2 mg IV instead of {d2} 4 mg at {tm}; scanner override documented. Rapid assessment normal. Pharmacist {ph} reviewed.\n",
            p=(g.name(pt, g.pick(("full", "LAST_FIRST"))), "NAME"), m=(g.mrn(), "MRN"), d1=("lorazepam", "drug"), d2=("ondansetron", "drug"), tm=(g.time(), ""),
            ph=(g.name(g.clinician(), "full"), "NAME"),
        )  # fmt: skip
    if g.chance(0.6):
        d.fill(
            "Immediate actions:\n- charge nurse {cn} notified at {tm}\n- attending {at} at bedside\n- equipment sequestered, biomed ticket {bt}\nHarm level: {hl}. Follow-up huddle {hd}.\n",
            cn=(g.name(g.clinician(), g.pick(("full", "given_init"))), "NAME"), tm=(g.time(), ""), at=(g.name(g.clinician(), g.pick(("full", "init_sur"))), "NAME"),
            bt=(g.pattern("BT######"), "ID"), hl=(g.pick(("no harm", "minor harm", "reached patient, no harm")), ""), hd=(g.date(g.day(0, 5), g.pick(("wk_md", "md"))), "DATE"),
        )  # fmt: skip
    d.fill(
        "Reported by: {r}, RN from workstation {ip}. {rm} notified {nd}.\n",
        r=(g.name(rep, g.pick(("full", "init_sur"))), "NAME"), ip=(g.ip(private=True), "IP"), rm=("Risk Management", "department"), nd=(g.date(g.today, g.pick(("md", "mdY"))), "DATE"),
    )  # fmt: skip


def c_ur(g: Gen, d: Doc) -> None:
    pt, rv, cm = g.person(), g.person(), g.clinician()
    age = g.young(18, 89)
    ins = g.pick(INSURERS)
    adm = g.day(5)
    d.add("UTILIZATION REVIEW NOTE\n" if g.chance(0.5) else "UR - Concurrent Review\n")
    _patient_block(g, d, pt, age)
    if g.chance(0.4):
        a, _ = g.age_slot(40, 89, 0.5)
        d.fill(
            "Age {a}, admitted from {src}\n", a=a, src=(g.pick(("home", "the ED", "a skilled nursing facility")), "")
        )
    d.fill(
        "Payer: {ins}   Member ID: {mem}   Auth #: {au}\nAdmit: {ad}   Status: inpatient, LOS day {los}\n",
        ins=(ins, "insurer"), mem=(g.mbi() if ins == "Medicare" else g.member(), "HEALTH_PLAN"), au=(g.pattern(g.pick(("A#########", "######-##", "UM########"))), "ID"),
        ad=(g.date(adm, g.pick(("mdY", "md", "iso"))), "DATE"), los=(str(g.rng.randint(1, 6)), ""),
    )  # fmt: skip
    d.fill(
        "Clinicals faxed {fd} to {rv} (payer RN) at {fx}; {pr} called back from {ph}. Criteria met for continued stay: IV {dr}, O2 4 L. Peer-to-peer offered with Dr. {md} on {pd}.\n",
        fd=(g.date(adm + dt.timedelta(days=1), g.pick(("md", "mdY"))), "DATE"), rv=(g.name(rv, g.pick(("full", "given_init"))), "NAME"), fx=(g.phone(), "FAX"),
        pr=("she" if rv.sex == "f" else "he", ""),
        ph=(g.phone(ext=True), "PHONE"), dr=(g.pick(("furosemide", "methylprednisolone", "piperacillin-tazobactam")), "drug"), md=(g.name(g.clinician(), "sur"), "NAME"),
        pd=(g.date(adm + dt.timedelta(days=2), g.pick(("wk_md", "md"))), "DATE"),
    )  # fmt: skip
    if g.chance(0.6):
        d.add(
            "Clinical summary: admitted with community-acquired pneumonia and hypoxia, SpO2 86% RA on arrival, WBC 17.2, lactate 2.4. "
            "Day 3: still on 4 L, afebrile x 24 h, ambulating 50 ft with PT. Anticipate discharge home with home O2 in 48 h pending walk test; case management arranging DME.\n"
        )
    if g.chance(0.5):
        d.fill(
            "Discharge plan: home with {rel} {nm}; home O2 from {dme}; PCP follow-up with Dr. {pcp} on {fu}.\n",
            rel=(g.pick(("daughter", "son", "spouse")), ""), nm=(g.name(g.person(pt.loc), g.pick(("given", "full"))), "NAME"), dme=(g.facility("sleep"), "FACILITY"),
            pcp=(g.name(g.clinician(), "sur"), "NAME"), fu=(g.date(adm + dt.timedelta(days=10), g.pick(("md", "wk_md", "mdY"))), "DATE"),
        )  # fmt: skip
    if g.chance(0.5):
        d.fill(
            "Payer portal reference {ref}: {url}\n",
            ref=(g.pattern("#######"), "ID"),
            url=(f"https://provider.{g.domain(g.pick(g.p.words) + ' health')}/auth/{g.url_id(12)}", "URL"),
        )
    d.fill(
        "{cm}, RN, {dept}  {e}\n",
        cm=(g.name(cm, g.pick(("full", "caps"))), "NAME"),
        dept=("Utilization Review", "department"),
        e=(g.staff_email(cm, g.facility("hospital")), "EMAIL"),
    )


def c_death(g: Gen, d: Doc) -> None:
    pt, inf, cert, fd = g.person(), g.person(), g.clinician(), g.person()
    age = g.old_age()[1] if g.chance(0.7) else g.young(40, 89)
    age_s = str(age)
    birthplace = g.pick(g.p.towns)
    age_tag = "AGE" if age >= 90 else ""
    dod = g.day(3)
    d.add(
        "DEATH CERTIFICATE WORKSHEET (certifier)\n"
        if g.chance(0.5)
        else "WORKSHEET FOR DEATH CERTIFICATE - DO NOT FILE\n"
    )
    d.fill(
        "1. Decedent: {n}   Sex: {sx}   Age: {a}\n2. DOB: {dob}   SSN: {ssn}   Birthplace: {bp}, {cn}\n3. Residence: {st}, {t}, {s} {z}\n",
        n=(g.name(pt, g.pick(("LAST_FIRST_MI", "LAST_FIRST", "caps", "full3"))), "NAME"), sx=("F" if pt.sex == "f" else "M", ""), a=(age_s, age_tag),
        dob=(g.date(g.dob(age), g.pick(("mdY", "long", "dMonY"))), "DATE"), ssn=(g.ssn(), "SSN"), bp=(birthplace, "LOCATION"),
        cn=("India" if birthplace in HI_PLACES.values() else "Iran", ""), st=(g.street(), "ADDRESS"), **g.where(),
    )  # fmt: skip
    d.fill(
        "4. Place of death: {pl}   Date of death: {dd}   Time pronounced: {tm}\n5. Informant: {i} ({rel}), {ph}\n6. Funeral home: {fh}; director {fd}, license {lic}\n",
        pl=(g.facility(g.pick(("hospital", "snf", "hospice"))), "FACILITY"), dd=(g.date(dod, g.pick(("mdY", "long", "dMonY"))), "DATE"), tm=(g.time(), ""),
        i=(g.name(inf, g.pick(("full", "full3"))), "NAME"), rel=(g.pick(("daughter", "son", "spouse", "nephew")), ""), ph=(g.phone(), "PHONE"),
        fh=(g.facility("funeral"), "FACILITY"), fd=(g.name(fd, g.pick(("full", "init_sur"))), "NAME"), lic=(g.pattern(g.pick(("FD#####", "#####", "FDE-####"))), "LICENSE"),
    )  # fmt: skip
    if g.chance(0.6):
        d.fill(
            "7. Marital status: {ms}   Spouse: {sp}\n8. Father: {fa}   Mother (maiden): {mo}\n9. Education: {ed}   Occupation: {oc}\n",
            ms=(g.pick(("Widowed", "Married", "Divorced")), ""), sp=(g.name(g.person(pt.loc, "m" if pt.sex == "f" else "f"), g.pick(("full", "caps"))), "NAME"),
            fa=(g.name(g.person(pt.loc, "m"), g.pick(("full", "caps"))), "NAME"), mo=(g.name(g.person(pt.loc, "f"), g.pick(("full", "caps"))), "NAME"),
            ed=(g.pick(("Bachelor's degree", "High school", "Master's degree", "8th grade or less")), ""), oc=(g.pick(("retired engineer", "homemaker", "shopkeeper", "physician")), ""),
        )  # fmt: skip
    if g.chance(0.3):
        d.fill(
            "Part I: a) multiple blunt force injuries  b) driver of {car} struck by truck (VIN {vin})\nManner: Accident. Referred to ME, case {me}.\n",
            car=(g.pick(("sedan", "pickup", "minivan")), ""), vin=(g.vin(), "VEHICLE"), me=(g.pattern("ME##-####"), "ID"),
        )  # fmt: skip
    else:
        d.fill(
            "Part I: a) {a}  b) {b}\nPart II: {c}\nManner: Natural\n",
            a=(g.pick(("aspiration pneumonia", "acute on chronic heart failure", "sepsis")), ""), b=(g.pick(("Alzheimer disease", "Parkinson disease", "end-stage renal disease")), ""),
            c=(g.pick(("type 2 diabetes", "atrial fibrillation on apixaban", "CKD stage 4")), ""),
        )  # fmt: skip
        for ep in ("Alzheimer disease", "Parkinson disease"):
            if ep in d.text():
                d.keep.setdefault(ep, "eponym")
        if "apixaban" in d.text():
            d.keep.setdefault("apixaban", "drug")
    d.fill(
        "10. Autopsy: {au}   Tobacco contributed: {tb}   ME notified: {me}\n11. Pronounced by: {rn}, RN\n",
        au=(g.pick(("No", "Yes - findings available", "Not performed")), ""), tb=(g.pick(("No", "Probably", "Unknown")), ""), me=(g.pick(("No", "Yes")), ""),
        rn=(g.name(g.clinician(), g.pick(("full", "init_sur", "LAST_FIRST"))), "NAME"),
    )  # fmt: skip
    d.fill(
        "Certifier: {c}, MD   License {l}   {dt}\n",
        c=(g.name(cert, g.pick(("full", "caps"))), "NAME"),
        l=(g.pattern(g.pick(("A######", "MD######", "##-######"))), "LICENSE"),
        dt=(g.date(g.today, "mdY"), "DATE"),
    )


def _letterhead(g: Gen, d: Doc, fac: str, dept: str) -> None:
    d.fill(
        "{F}\n{dept}\n{st} | {t}, {s} {z}\nTel {ph} | Fax {fx}\n",
        F=(fac.upper() if g.chance(0.5) else fac, "FACILITY"), dept=(dept, "department"), st=(g.street(po=0), "ADDRESS"), **g.where(us=0.8), ph=(g.phone(g.pick(("paren", "dash", "dot"))), "PHONE"), fx=(g.phone(g.pick(("paren", "dash", "dot"))), "FAX"),
    )  # fmt: skip
    d.fill("{u}\n\n", u=(f"https://www.{g.domain(fac)}", "URL"))


def c_referral_letter(g: Gen, d: Doc) -> None:
    pt, frm, to = g.person(), g.clinician(), g.clinician()
    age = g.young(20, 86)
    spec = g.pick(SPECIALTIES)
    reason, epo, drug = REASONS[spec]
    fac = g.facility("clinic")
    d.wrap = 72 if g.chance(0.5) else 0
    _letterhead(g, d, fac, g.pick(("Internal Medicine", "Rheumatology", "Endocrinology", "Cardiology")))
    d.fill(
        "{dt}\n\nDr. {to}\n{dept}, {f2}\n\n",
        dt=(g.date(g.today, g.pick(("long", "mdY", "dMy"))), "DATE"),
        to=(g.name(to, "full"), "NAME"),
        dept=(spec, "department"),
        f2=(g.facility("hospital"), "FACILITY"),
    )
    d.fill(
        "Re: {pt}, DOB {dob}\n\nDear Dr. {ts},\nThank you for seeing {p2}, a {a}-year-old with {r}. ",
        pt=(g.name(pt, g.pick(("full", "full3", "caps"))), "NAME"), dob=(g.date(g.dob(age), g.pick(DOB_STYLES)), "DATE"), ts=(g.name(to, "sur"), "NAME"),
        p2=(g.name(pt, "given"), "NAME"), a=(str(age), ""), r=(reason, ""),
    )  # fmt: skip
    d.fill(
        "We have discussed {ep}; {pr} has been on {dr} since {since}. Recent labs from {lab} on {ld} are enclosed. I would be grateful for your opinion.\n\nSincerely,\n{fr}, MD\n",
        ep=(epo, "eponym"), pr=("she" if pt.sex == "f" else "he", ""), dr=(drug, "drug"), since=(g.date(g.day(300), g.pick(("monyear", "mdY"))), "DATE"),
        lab=(g.facility("lab"), "FACILITY"), ld=(g.date(g.day(20), g.pick(("md", "mdY", "long"))), "DATE"), fr=(g.name(frm, "full"), "NAME"),
    )  # fmt: skip
    if g.chance(0.5):
        d.add(
            "\nP.S. Past history includes hypertension and a remote cholecystectomy. No known drug allergies. She/he prefers morning appointments and "
            "an interpreter is not needed. Please send your note to our fax above.\n".replace(
                "She/he", "She" if pt.sex == "f" else "He"
            )
        )
    if g.chance(0.6):
        d.fill("cc: {pt} ({e})\n", pt=(g.name(pt, "full"), "NAME"), e=(g.email(pt), "EMAIL"))
    d.fill(
        "--\nCONFIDENTIAL: this letter contains protected health information. If you received it in error, call {ph} and destroy it.\n",
        ph=(g.phone(ext=True), "PHONE"),
    )


_LETTER_KINDS = (
    ("clinic", "Allergy and Immunology", "allergy panel", "cetirizine"),
    ("hearing", "Audiology", "hearing test", "fluticasone"),
    ("eye", "Ophthalmology", "eye pressure", "latanoprost"),
    ("derm", "Dermatology", "biopsy", "tretinoin"),
    ("clinic", "Pediatrics", "asthma spirometry", "montelukast"),
)


def c_clinic_letter(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    kind, dept, test, drug = _LETTER_KINDS[g.rng.randrange(len(_LETTER_KINDS))]
    fac = g.facility(kind)
    _letterhead(g, d, fac, dept)
    d.fill(
        "{dt}\n\n{pt}\n{st}\n{t}, {s} {z}\n\n",
        dt=(g.date(g.today, g.pick(("long", "dMy"))), "DATE"), pt=(g.name(pt, g.pick(("full", "caps", "full3"))), "NAME"), st=(g.street(), "ADDRESS"),
        **g.where(us=0.8),
    )  # fmt: skip
    d.fill(
        "Dear {t}{n},\nThis letter confirms that you were seen on {v} and that your {w} results are normal. Please continue {dr}. If you have questions, e-mail {e} or call {ph}.\n\nSincerely,\n{dn}\n",
        t=(g.title(pt), ""), n=(g.name(pt, "sur"), "NAME"), v=(g.date(g.day(20), g.pick(EVENT_STYLES)), "DATE"), w=(test, ""),
        dr=(drug, "drug"), e=(g.staff_email(dr, fac), "EMAIL"), ph=(g.phone(ext=True), "PHONE"),
        dn=(g.name(dr, "full"), "NAME"),
    )  # fmt: skip


def c_copy_forward(g: Gen, d: Doc) -> None:
    pt, a, b = g.person(), g.clinician(), g.clinician()
    age = g.young(40, 89)
    age_s, age = g.age_slot(40, 89, 0.4)
    d.wrap = 72 if g.chance(0.4) else 0
    d.add("PROGRESS NOTE\n" if g.chance(0.5) else "Progress Note - Internal Medicine\n")
    _patient_block(g, d, pt, age)
    first = g.day(30)
    d.fill(
        "[Copied forward from note by {a} on {d1} {t1}]\n{age} y/o with {e} on {dr}, CKD 3a, here for follow-up. Lives with daughter {dt} in {town}. No falls.\n[End copied text]\n",
        a=(g.name(a, g.pick(("full", "LAST_FIRST"))), "NAME"), d1=(g.date(first, g.pick(("mdY", "mdy"))), "DATE"), t1=(g.time(), ""), age=age_s,
        e=(g.pick(("Parkinson disease", "Graves disease", "Hashimoto")), "eponym"), dr=(g.pick(("carbidopa-levodopa", "methimazole", "levothyroxine")), "drug"),
        dt=(g.name(g.person(pt.loc, "f"), "given"), "NAME"), town=(g.town(), "LOCATION"),
    )  # fmt: skip
    if g.chance(0.6):
        d.fill(
            "[Copied forward from note by {a} on {d1}]\nROS: no chest pain, no dyspnea, mild constipation. Exam: BP 132/80, HR 72, pill-rolling tremor R>L, cogwheel rigidity, gait slow with reduced arm swing. Labs {ld}: Cr 1.4, eGFR 47, TSH 2.1.\n[End copied text]\n",
            a=(g.name(a, g.pick(("full", "LAST_FIRST", "init_sur"))), "NAME"), d1=(g.date(first - dt.timedelta(days=30), g.pick(("mdY", "mdy"))), "DATE"),
            ld=(g.date(first, g.pick(("md", "mdY"))), "DATE"),
        )  # fmt: skip
    for _ in range(g.rng.randint(1, 2)):
        d.fill(
            "Interval update {d} {t}: BP 128/76. Tremor stable. Labs drawn at {lab}. Plan unchanged. --{ini}\n",
            d=(g.date(g.day(10), g.pick(("mdY", "md", "iso"))), "DATE"), t=(g.time(), ""), lab=(g.facility("lab"), "FACILITY"),
            ini=(g.name(b, g.pick(("initials", "initials_lower", "initials_dots"))), "NAME"),
        )  # fmt: skip
    if g.chance(0.4):
        d.fill(
            "[Audit: chart opened remotely from {ip} on {dt} {tm} by {u}]\n",
            ip=(g.ip(), "IP"), dt=(g.date(g.today, g.pick(("mdY", "iso"))), "DATE"), tm=(g.time(), ""), u=(g.name(b, "initials_lower"), "NAME"),
        )  # fmt: skip
    _signed(g, d, b, g.pick(("NP", "MD", "PA-C")))


_OCR_LABELS = {
    "Patient Name": ("Patlent Narne", "Patient Nane", "Pat1ent Name", "Patient Narne"),
    "DOB": ("D0B", "DO8", "D.O.B", "DOB"),
    "Admit Date": ("Adm1t Date", "Admlt Date", "Admit Dale"),
    "Physician": ("Phys1cian", "Physlcian", "Physician"),
    "Telephone": ("Te1ephone", "Telephane", "Telephone"),
    "Address": ("Addr ess", "Addres5", "Adress"),
    "Diagnosis": ("Dlagnosis", "Diagnosls", "Diaqnosis"),
    "Insurance": ("lnsurance", "Insurancc", "Insurance"),
}


def c_ocr(g: Gen, d: Doc) -> None:
    pt, dr = g.person(), g.clinician()
    age = g.young(20, 89)
    lab = {k: g.pick(v) for k, v in _OCR_LABELS.items()}
    dxc = g.pick(
        ("CHF exacerbation|I50.23", "COPD exacerbation|J44.1", "cellulitis of leg|L03.116", "syncope|R55")
    ).split("|")
    d.add(
        "SCANNED OUTSIDE RECORD - OCR TEXT (unverified)\n"
        if g.chance(0.5)
        else "Outside records received by fax, OCR:\n"
    )
    d.fill("{f}  {ph}\n", f=(g.facility("hospital").upper(), "FACILITY"), ph=(g.phone(), "PHONE"))
    d.fill(
        lab["Patient Name"] + ": {pt}    " + lab["DOB"] + ": {dob}    MRN: {m}\n" + lab["Admit Date"] + ": {ad}    " + lab["Physician"] + ": {dr}\n",
        pt=(g.name(pt, g.pick(("LAST_FIRST", "LASTFIRST_TIGHT", "caps", "LAST_FIRST_MI"))), "NAME"), dob=(g.date(g.dob(age), g.pick(("mdY", "mdy", "dash"))), "DATE"),
        m=(g.mrn(), "MRN"), ad=(g.date(g.day(400), g.pick(("mdY", "mdy"))), "DATE"), dr=(g.name(dr, g.pick(("LAST_FIRST", "caps", "init_sur"))), "NAME"),
    )  # fmt: skip
    d.fill(
        lab["Address"] + ": {st}, {t} {s} {z}    " + lab["Telephone"] + ": {ph}\n" + lab["Insurance"] + ": {ins}  ID {mem}  Acct {ac}\n",
        st=(g.street(), "ADDRESS"), **g.where(upper=True), ph=(g.phone(), "PHONE"),
        ins=(g.pick(INSURERS).upper(), "insurer"), mem=(g.member(), "HEALTH_PLAN"), ac=(g.account(), "ACCOUNT"),
    )  # fmt: skip
    if g.chance(0.5):
        d.fill("SSN: {ssn}   Sex: {sx}\n", ssn=(g.ssn(), "SSN"), sx=("F" if pt.sex == "f" else "M", ""))
    d.fill(
        lab["Diagnosis"] + ": {dx} ({c})   Meds: {m1}, {m2}\n",
        dx=(dxc[0], ""), c=(dxc[1], "code"),
        m1=(g.pick(("furosemide", "albuterol", "apixaban")), "drug"), m2=(g.pick(("atorvastatin", "metformin", "levothyroxine")), "drug"),
    )  # fmt: skip
    if g.chance(0.5):
        d.add(
            "HPl: pt presented w/ 3 d of worsenlng SOB and leg swelling. CXR w/ small b/l effusions. Treated w/ IV diuresis, net -3.2 L. "
            "Dlscharged in stable cond1tion to home w/ VNA. F/u PCP 1 wk.\n"
        )
    if g.chance(0.6):
        age_s, _ = g.old_age()
        d.fill(
            "Emergency contact: {ec} (mother, age {a})\n",
            ec=(g.name(g.person(pt.loc, "f"), "caps"), "NAME"),
            a=(age_s, "AGE"),
        )


CLINICAL_GENRES: tuple[Callable[[Gen, Doc], None], ...] = (
    c_labor, c_ophtho, c_audio, c_derm, c_psych, c_addiction, c_occ, c_bariatric, c_sleep, c_ccf, c_var,
    c_transfusion, c_path_addendum, c_incident, c_ur, c_death, c_referral_letter, c_clinic_letter, c_copy_forward, c_ocr,
)  # fmt: skip


# ---------------------------------------------------------------------------------------------


def _row(family: str, genre: Callable[[Gen, Doc], None], rng: random.Random) -> Doc:
    g = Gen(rng)
    d = Doc()
    genre(g, d)
    roll = rng.random()
    if family == "messages" and roll < 0.07 and not d.form:
        d.case = "lower"
    elif roll > 0.93:
        d.case = "upper"
    return d


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}; choose from {FAMILIES}")
    rng = random.Random(f"evalset9/{family}/{seed}")
    rows: list[dict] = []
    seen: set[str] = set()
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    deck: list[Callable[[Gen, Doc], None]] = []
    while len(rows) < n:
        if not deck:  # every genre once per round, in a shuffled order
            deck = list(genres)
            rng.shuffle(deck)
        doc = _row(family, deck.pop(), rng)
        rec = finish(doc, f"eval9-{family}-{len(rows)}", family)
        if rec["text"] in seen or (family == "clinical" and not 150 <= len(rec["text"]) <= 1500):
            continue
        seen.add(rec["text"])
        rows.append(rec)
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
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(dumps(rows))
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
