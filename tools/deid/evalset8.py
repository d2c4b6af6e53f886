"""Eighth independent de-identification evaluation set (eval8): front-desk telephone-encounter
notes, appointment scheduling and rescheduling threads, timestamped SMS threads, voice-dictated
messages with dictation commands left in ("period", "new paragraph"), lower-case messages full of
typos, interpreter requests, billing disputes and payment-plan requests (with equipment-rental
serials), FMLA / short-term-disability form requests, jury-duty, school and work excuse requests,
referral-status questions, messages from a guardian or agent under a power of attorney, messages
with a pasted lab table, "Sent from my iPhone" messages, group-home staff messages, demographic
and insurance update requests, portal-security reports and car-accident claim questions
(`messages`); and ED triage notes, nursing shift narratives, radiology reports with comparison
dates and accession numbers, operative reports, consult notes, case-management and social-work
notes, physical / occupational / speech therapy evaluations, pharmacy consult notes, rapid-response
and code-blue records, interfacility transfer forms, home-health (OASIS-style) visits, telehealth
notes, Epic-style notes with unfilled "***" dot-phrase blanks and smart-link headers, problem-list
and allergy tables, DOT commercial-driver examinations and device-clinic interrogation reports
(`clinical`). Written by a writer who read none of the de-identifier's rules, lexicons or models,
none of the other generators' templates and none of their sets, and who never ran the
de-identifier on them.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: names, places and organisation-name words come only from Faker locales that no other
project list, set, corpus or eval3-eval7 uses (tests/deid/test_evalset8.py checks it): si_LK
(Sinhala given names and surnames; surnames also make organisation and street words) and th_TH
(Thai given names and surnames, and city, district (amphoe) and sub-district (tambon) names used as
towns, birthplaces, street and organisation words). Faker ships no romanization for either
script, so this module romanizes them itself: Sinhala given names letter by letter (inherent vowel
kept, "th" for the dental t, "Ajantha", "Deepika"), the forty Sinhala surnames and the English-origin
given names by a hand-written table of their customary spellings ("Wickramasinghe", "Fernando",
"Clarence"); Thai names syllable by syllable (implicit a/o from the consonant run, RTGS initials and
finals) after a short table of customary name morphemes ("porn", "chai", "boon"), and Thai place
names by a hand-written table of their customary spellings ("Khon Kaen", "Nong Bua Daeng"). About
one Sinhala-named person in seven keeps Latin diacritics (macrons and dotted retroflexes, "Dīpikā",
"Guṇasēkara"); those names are the only non-ASCII text. A few real US towns (hand-written) are mixed
with the Thai place names. Every table is read from the locale's own provider class
(``FAKER_TABLES``), never an inherited one; ``provenance_problems()`` checks it. Numbers, dates, codes
and every identifier are drawn by this module's own seeded ``random.Random``; no Faker randomness is
used, so a seed reproduces its file byte for byte.

Annotation conventions: NAME spans exclude titles and credentials ("Dr. ", ", RN", ", PA-C",
", PharmD") and a possessive "'s"; "LAST, First M." is one span; a Sinhala name with its family
initials ("W.A. Kamal Perera", "H.M.R. Bandara") is one span; a Thai nickname in quotes inside a
full name ('Siriporn "Ploy" Suksawat') belongs to the span, a nickname alone is a NAME; a hyphenated
married surname is inside the span; initials that sign or label a note ("-kp", "NB") are a NAME. A
date is one span with its year if it has one and with a weekday written next to it ("Tue 3/4",
"Friday, March 14, 2025"); a date without a year ("3/4", "March 14th") is still a DATE, and so is a
date spoken into a dictated message ("september 8th 1955"); a bare year, a clock time and a duration
are not PHI. AGE (the number only, or the spelled number) is PHI only when 90 or more; younger ages
stay in the text unannotated. ADDRESS is the street line (number, street, suffix, unit) or a PO Box;
a town is LOCATION; a ZIP (with its +4) is ZIP; US states and countries are not PHI. Hospitals,
clinics, labs, pharmacies, schools, employers, carriers, courts, group homes, agencies and nursing
homes are FACILITY, one span even when a town is part of the name ("Yala County Hospital"). Phone
and fax spans include "+1" and an extension; a number labelled fax is FAX. Accession, encounter
(CSN), referral, authorization, claim, confirmation, juror, case, student, employee, ticket,
incident-report, dictation-job and prescription numbers, portal user names and a printed-by user
name are ID; billing, guarantor and hospital (HAR) accounts ACCOUNT; member, subscriber, Medicaid and
Medicare (MBI) numbers HEALTH_PLAN; driver's, commercial-driver, DEA and medical-examiner registry
(NRCME) numbers LICENSE; plates and VINs VEHICLE; serial numbers of devices and leads DEVICE; model,
lot, ICD-10, CPT, HCPCS and OASIS item codes are not PHI (``keep`` codes). Dictated messages keep
their dictation words ("period", "comma") outside the spans. ``keep`` lists the non-PHI terms a coder
needs (kinds in ``KEEP_KINDS``); no keep term ever occurs inside a PHI span (a term that does in
some row is left out of that row's list).

    python -m tools.deid.evalset8 --family messages --n 300 --seed 1501 --out datasets/deid/eval8_messages.jsonl
    python -m tools.deid.evalset8 --family clinical --n 120 --seed 1502 --out datasets/deid/eval8_clinical.jsonl

Seeds 1601 / 1602 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from tools.deid.faker_tables import own_table
from tools.deid.faker_tables import provenance_problems as _provenance_problems

FAMILIES = ("messages", "clinical")
LOCALES = ("si_LK", "th_TH")
NAME_LOCALES = ("si_LK", "th_TH")
CITY_LOCALES = ("th_TH",)
ORG_LOCALES = ("si_LK", "th_TH")

_SI_PERSON = "faker.providers.person.si_LK"
_TH_PERSON = "faker.providers.person.th_TH"
_TH_ADDRESS = "faker.providers.address.th_TH"
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "si_LK": ((_SI_PERSON, "first_names_male"), (_SI_PERSON, "first_names_female"), (_SI_PERSON, "last_names")),
    "th_TH": (
        (_TH_PERSON, "first_names_male"),
        (_TH_PERSON, "first_names_female"),
        (_TH_PERSON, "last_names"),
        (_TH_ADDRESS, "cities"),
        (_TH_ADDRESS, "amphoes"),
        (_TH_ADDRESS, "tambons"),
    ),
}

KEEP_KINDS = ("code", "drug", "eponym", "department", "insurer", "manufacturer")


def provenance_problems() -> list[str]:
    """Every table of ``FAKER_TABLES`` that is not its locale's own (empty when all are)."""
    return _provenance_problems(FAKER_TABLES)


# ---------------------------------------------------------------- romanization: Sinhala
_SI_VOWELS = {
    "අ": ("a", "a"), "ආ": ("a", "ā"), "ඇ": ("a", "æ"), "ඈ": ("a", "ǣ"), "ඉ": ("i", "i"), "ඊ": ("ee", "ī"),
    "උ": ("u", "u"), "ඌ": ("u", "ū"), "එ": ("e", "e"), "ඒ": ("e", "ē"), "ඓ": ("ai", "ai"), "ඔ": ("o", "o"),
    "ඕ": ("o", "ō"), "ඖ": ("au", "au"),
}  # fmt: skip
_SI_SIGNS = {
    "ා": ("a", "ā"), "ැ": ("a", "æ"), "ෑ": ("a", "ǣ"), "ි": ("i", "i"), "ී": ("ee", "ī"), "ු": ("u", "u"),
    "ූ": ("u", "ū"), "ෘ": ("ru", "ru"), "ෙ": ("e", "e"), "ේ": ("e", "ē"), "ෛ": ("ai", "ai"), "ො": ("o", "o"),
    "ෝ": ("o", "ō"), "ෞ": ("au", "au"),
}  # fmt: skip
_SI_CONS = {
    "ක": ("k", "k"), "ඛ": ("kh", "kh"), "ග": ("g", "g"), "ඝ": ("gh", "gh"), "ඞ": ("ng", "ṅ"), "ඟ": ("ng", "ṅg"),
    "ච": ("ch", "c"), "ඡ": ("ch", "ch"), "ජ": ("j", "j"), "ඣ": ("jh", "jh"), "ඤ": ("ny", "ñ"), "ඥ": ("gn", "gn"),
    "ට": ("t", "ṭ"), "ඨ": ("t", "ṭh"), "ඩ": ("d", "ḍ"), "ඪ": ("d", "ḍh"), "ණ": ("n", "ṇ"), "ඬ": ("nd", "ṇḍ"),
    "ත": ("th", "t"), "ථ": ("th", "th"), "ද": ("d", "d"), "ධ": ("dh", "dh"), "න": ("n", "n"), "ඳ": ("nd", "nd"),
    "ප": ("p", "p"), "ඵ": ("ph", "ph"), "බ": ("b", "b"), "භ": ("bh", "bh"), "ම": ("m", "m"), "ඹ": ("mb", "mb"),
    "ය": ("y", "y"), "ර": ("r", "r"), "ල": ("l", "l"), "ව": ("w", "v"), "ශ": ("sh", "ś"), "ෂ": ("sh", "ṣ"),
    "ස": ("s", "s"), "හ": ("h", "h"), "ළ": ("l", "ḷ"), "ෆ": ("f", "f"),
}  # fmt: skip
_SI_VIRAMA, _SI_ANUSVARA, _ZWJ = "්", "ං", "\u200d"


def romanize_si(word: str, marks: bool = False) -> str:
    """Sinhala letter by letter: the inherent vowel stays ("Ajantha", "Athula"), ත/ථ are "th", ව is
    "w" except before i ("Ravindu"), a long ī inside a word is "ee" ("Deepika"); with `marks`, long
    vowels keep macrons and retroflexes dots ("Dīpikā")."""
    k = 1 if marks else 0
    s = word.replace(_ZWJ, "")
    if not marks:
        s = s.replace("ශ්රී", "SRI")
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch == "S" and s.startswith("SRI", i):
            out.append("sri")
            i += 3
            continue
        if ch in _SI_VOWELS:
            out.append(_SI_VOWELS[ch][k])
            i += 1
        elif ch in _SI_CONS:
            c = _SI_CONS[ch][k]
            nxt = s[i + 1] if i + 1 < n else ""
            if ch == "ව" and not marks and nxt in ("ි", "ී"):
                c = "v"
            out.append(c)
            i += 1
            if nxt == _SI_VIRAMA:
                i += 1
            elif nxt in _SI_SIGNS:
                v = _SI_SIGNS[nxt][k]
                if v == "ee" and i + 1 >= n:
                    v = "i"
                out.append(v)
                i += 1
            else:
                out.append("a")
        elif ch == _SI_ANUSVARA:
            out.append("ṃ" if marks else "n")
            i += 1
        else:
            raise ValueError(f"unexpected Sinhala character {ch!r} in {word!r}")
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Customary English spellings of the si_LK surname table (how a registrar types them).
SI_SURNAMES = {
    "අතපත්තු": "Athapaththu", "අබේවර්ධන": "Abeywardena", "අමරසිංහ": "Amarasinghe", "ඒකනායක": "Ekanayake",
    "කරුණාරත්න": "Karunaratne", "කුලතුංග": "Kulatunga", "ගමගේ": "Gamage", "ගුණවර්ධන": "Gunawardena",
    "ගුණසේකර": "Gunasekara", "ජයලත්": "Jayalath", "ජයවර්ධන": "Jayawardena", "ජයසිංහ": "Jayasinghe",
    "ජයසූරිය": "Jayasuriya", "දිසානායක": "Dissanayake", "ධර්මසේන": "Dharmasena", "පතිරණ": "Pathirana",
    "ප්‍රනාන්දු": "Fernando", "පීරිස්": "Peiris", "පෙරේරා": "Perera", "බණ්ඩාර": "Bandara", "බස්නායක": "Basnayake",
    "මුණසිංහ": "Munasinghe", "මෙන්ඩිස්": "Mendis", "රණසිංහ": "Ranasinghe", "රත්නායක": "Ratnayake",
    "රාජපක්ෂ": "Rajapaksa", "ලියනගේ": "Liyanage", "වන්නිආරච්චි": "Wanniarachchi", "වික්‍රමසිංහ": "Wickramasinghe",
    "විජේරත්න": "Wijeratne", "විජේසිංහ": "Wijesinghe", "වීරසිංහ": "Weerasinghe", "සමරවීර": "Samaraweera",
    "සමරසිංහ": "Samarasinghe", "සිල්වා": "Silva", "සෙනෙවිරත්න": "Seneviratne", "සේනානායක": "Senanayake",
    "හෙට්ටිආරච්චි": "Hettiarachchi", "හේරත්": "Herath", "ෆොන්සේකා": "Fonseka",
}  # fmt: skip

# ---------------------------------------------------------------- romanization: Thai
_TH_CONS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_TH_INIT = dict(
    zip(
        _TH_CONS,
        "k kh kh kh kh kh ng ch ch ch s ch y d t th th th n d t th th th n b p ph f ph f ph m y r l w s s s h l - h".split(),
    )
)
_TH_FINAL = dict(
    zip(_TH_CONS, "k k k k k k ng t t t t t n t t t t t n t t t t t n p p p p p p p m i n n o t t t - n - -".split())
)
_TH_LEAD = "เแโใไ"
_TH_ABOVE = "ัิีึืุู"
_TH_AFTER = "ะาำ"
_TH_VOWEL_MARKS = _TH_ABOVE + _TH_AFTER
_TH_TONES = "่้๊๋็"
_TH_CLUSTERS = {
    "กร", "กล", "กว", "ขร", "ขล", "ขว", "คร", "คล", "คว", "ตร", "ปร", "ปล", "พร", "พล", "ผล", "บร", "บล", "ดร",
    "ฟร", "ฟล", "ทร", "จร", "ซร", "ศร", "สร",
}  # fmt: skip
_TH_SILENT_H = set("งญนมยรลว")

# Name and place morphemes whose customary spelling a letter rule would miss.
TH_MORPHEMES = {
    "เฉลิม": "chaloem", "ดิลก": "dilok", "โกมล": "komon", "จักร": "chak",
    "ธน": "thana", "พร": "porn", "กร": "korn", "ภรณ์": "porn", "ภณ": "phon", "ศักดิ์": "sak", "ชัย": "chai",
    "บุญ": "boon", "สม": "som", "สุข": "suk", "สวัสดิ์": "sawat", "ประ": "pra", "ศรี": "sri", "นคร": "nakhon",
    "ปฐม": "pathom", "เกษม": "kasem", "เกียรติ": "kiat", "วัฒน์": "wat", "วัฒน": "wattana", "รัตน์": "rat",
    "รัตน": "rattana", "ทอง": "thong", "แก้ว": "kaew", "พงษ์": "pong", "พงศ์": "pong", "พันธุ์": "phan",
    "พันธ์": "phan", "ภัทร": "phat", "ณัฐ": "nat", "ภูมิ": "phum", "เจริญ": "charoen", "ประเสริฐ": "prasert",
    "วรรณ": "wan", "สุวรรณ": "suwan", "ทิพย์": "thip", "ทรัพย์": "sap", "กุล": "kul", "ตระกูล": "trakul",
    "ถนัด": "thanat", "ถนอม": "thanom", "ธรรม": "tham", "นิยม": "niyom", "เดช": "det", "วิทย์": "wit",
    "ยุทธ": "yut", "ยุทธ์": "yut", "ฤทธิ์": "rit", "ลักษณ์": "lak", "ชาติ": "chat", "วุฒิ": "wut",
    "พล": "pol", "เพ็ชร์": "phet", "เพชร": "phet", "สิทธิ": "sitthi", "สิทธิ์": "sit", "มณี": "manee",
    "ศิริ": "siri", "สิริ": "siri", "ไทย": "thai", "นาค": "nak", "เทพ": "thep", "ราช": "rat", "ภักดี": "phakdi",
}  # fmt: skip


def _th_strip(word: str) -> str:
    s = "".join(ch for ch in word if ch not in _TH_TONES and ch not in "ฯๆ")
    out: list[str] = []
    for ch in s:
        if ch == "์":  # karan: the letter it sits on (with its ิ/ุ) is silent
            if out and out[-1] in "ิุ":
                out.pop()
            if out:
                gone = out.pop()
                if gone == "ร" and out and out[-1] in "ทต" and len(out) > 1 and out[-2] in _TH_CONS + "ั":
                    out.pop()
        else:
            out.append(ch)
    return "".join(out)


def _th_chunk(s: str) -> str:
    """One stretch of Thai letters romanized syllable by syllable."""
    n = len(s)

    def voiced(j: int) -> bool:
        """The consonant at j carries a written vowel (its own mark, a lead vowel, or อ / medial ว)."""
        if j > 0 and s[j - 1] in _TH_LEAD:
            return True
        if j + 1 < n and s[j + 1] in _TH_VOWEL_MARKS:
            return True
        if j + 1 < n and s[j + 1] == "อ" and not (j + 2 < n and s[j + 2] in _TH_VOWEL_MARKS):
            return True
        if j + 1 < n and s[j + 1] == "ฤ":
            return True
        if j + 2 < n and s[j : j + 3].endswith("รร"):
            return True
        if j + 2 < n and s[j + 1] == "ว" and s[j + 2] in _TH_CONS and not (j + 3 < n and s[j + 3] in _TH_VOWEL_MARKS):
            return True
        if j + 2 < n and s[j : j + 2] in _TH_CLUSTERS and (s[j + 2] in _TH_VOWEL_MARKS or s[j + 2] == "อ"):
            return True
        return bool(s[j] == "ห" and j + 2 < n and s[j + 1] in _TH_SILENT_H and s[j + 2] in _TH_VOWEL_MARKS + "อ")

    out: list[str] = []
    i = 0

    def bare_run(j: int) -> int:
        k = 0
        while j + k < n and s[j + k] in _TH_CONS and not voiced(j + k):
            k += 1
        return k

    def free_run(j: int, k: int) -> None:
        """k consonants without a written vowel starting at j."""
        at_end = j + k >= n
        cons = list(s[j : j + k])
        if at_end:
            if k == 1:
                out.append(_TH_INIT[cons[0]].replace("-", "") + "a")
                return
            heads, tail = cons[:-2], cons[-2:]
            for c in heads:
                out.append(_TH_INIT[c].replace("-", "") + "a")
            out.append(_TH_INIT[tail[0]].replace("-", "") + "o" + _TH_FINAL[tail[1]].replace("-", ""))
            return
        if k % 2:
            out.append(_TH_INIT[cons[0]].replace("-", "") + "a")
            cons = cons[1:]
        for a, b in zip(cons[::2], cons[1::2]):
            out.append(_TH_INIT[a].replace("-", "") + "o" + _TH_FINAL[b].replace("-", ""))

    while i < n:
        ch = s[i]
        if ch == "ฤ":
            out.append("rue")
            i += 1
            continue
        if ch not in _TH_CONS and ch not in _TH_LEAD:
            i += 1  # stray vowel mark
            continue
        if ch in _TH_CONS and not voiced(i):
            k = bare_run(i)
            free_run(i, k)
            i += k
            continue
        lead = ""
        if ch in _TH_LEAD:
            lead = ch
            i += 1
            if i >= n or s[i] not in _TH_CONS:
                continue
        onset = s[i]
        i += 1
        if i + 1 <= n - 1 and onset + s[i] in _TH_CLUSTERS and (lead or s[i + 1] in _TH_VOWEL_MARKS + "อ"):
            onset += s[i]
            i += 1
        elif (
            onset == "ห"
            and i < n
            and s[i] in _TH_SILENT_H
            and (lead or (i + 1 < n and s[i + 1] in _TH_VOWEL_MARKS + "อ"))
        ):
            onset = s[i]
            i += 1
        elif onset == "อ" and i < n and s[i] == "ย" and (lead or (i + 1 < n and s[i + 1] in _TH_VOWEL_MARKS)):
            onset = "ย"
            i += 1
        if len(onset) == 2:
            a, b = onset[0], onset[1]
            if b == "ร" and a in "ทศสซ":
                head = "s"
            elif b == "ร" and a == "จ":
                head = "ch"
            else:
                head = _TH_INIT[a] + _TH_INIT[b]
        else:
            head = _TH_INIT[onset].replace("-", "")
        nxt = s[i] if i < n else ""
        vowel, takes_final, short = "", True, False
        if lead == "เ":
            if s.startswith("ีย", i):
                vowel, i = "ia", i + 2
            elif s.startswith("ือ", i):
                vowel, i = "uea", i + 2
            elif s.startswith("าะ", i):
                vowel, i, takes_final = "o", i + 2, False
            elif nxt == "า":
                vowel, i, takes_final = "ao", i + 1, False
            elif nxt == "ิ" or nxt == "อ":
                vowel, i = "oe", i + 1
            elif nxt == "ะ":
                vowel, i, takes_final = "e", i + 1, False
            else:
                vowel = "e"
        elif lead == "แ":
            vowel = "ae"
            if nxt == "ะ":
                i, takes_final = i + 1, False
        elif lead == "โ":
            vowel = "o"
            if nxt == "ะ":
                i, takes_final = i + 1, False
        elif lead in ("ใ", "ไ"):
            vowel, takes_final = "ai", False
            if nxt == "ย" and not voiced(i):
                i += 1
        elif s.startswith("ัว", i):
            vowel, i = "ua", i + 2
        elif nxt == "ั":
            vowel, i = "a", i + 1
        elif s.startswith("รร", i):
            i += 2
            if i < n and s[i] in _TH_CONS and not voiced(i):
                vowel = "a"
            else:
                vowel, takes_final = "an", False
        elif nxt == "ฤ":
            vowel, i, short = "ri", i + 1, True
        elif nxt == "า":
            vowel, i = "a", i + 1
        elif nxt == "ำ":
            vowel, i, takes_final = "am", i + 1, False
        elif nxt == "ะ":
            vowel, i, takes_final = "a", i + 1, False
        elif nxt in "ิ":
            vowel, i, short = "i", i + 1, True
        elif nxt == "ี":
            vowel, i = "i", i + 1
        elif nxt in "ึ":
            vowel, i, short = "ue", i + 1, True
        elif nxt == "ื":
            vowel, i = "ue", i + 1
            if i < n and s[i] == "อ":
                i += 1
        elif nxt == "ุ":
            vowel, i, short = "u", i + 1, True
        elif nxt == "ู":
            vowel, i = "u", i + 1
        elif nxt == "อ":
            vowel, i = "o", i + 1
        elif nxt == "ว":
            vowel, i = "ua", i + 1
        else:
            vowel = "a"
            takes_final = False
        final = ""
        if takes_final and i < n and s[i] in _TH_CONS and not voiced(i):
            k = bare_run(i)
            followed = i + k < n
            if not (short and k == 1 and followed):
                c = s[i]
                f = _TH_FINAL[c].replace("-", "")
                if c == "ย":
                    f = "i" if vowel not in ("ai", "ui") else ""
                if c == "ว":
                    f = "o" if vowel in ("a", "ae", "e", "ia") else "w"
                final = f
                i += 1
        out.append(head + vowel + final)
    return "".join(out)


def romanize_th(word: str) -> str:
    """Thai with the customary spellings of common name morphemes ("porn", "chai", "boon"), else
    syllable by syllable: implicit a/o from the consonant run, RTGS initials and finals."""
    s = _th_strip(word)
    keys = sorted({_th_strip(k): v for k, v in TH_MORPHEMES.items()}.items(), key=lambda kv: -len(kv[0]))
    out: list[str] = []
    buf = ""
    i = 0
    while i < len(s):
        for k, v in keys:
            if (
                s.startswith(k, i)
                and not (i + len(k) < len(s) and s[i + len(k)] in _TH_VOWEL_MARKS)
                and not (i > 0 and s[i - 1] in _TH_LEAD + "ั")
            ):
                if buf:
                    out.append(_th_chunk(buf))
                    buf = ""
                out.append(v)
                i += len(k)
                break
        else:
            buf += s[i]
            i += 1
    if buf:
        out.append(_th_chunk(buf))
    text = "".join(out)
    return text[:1].upper() + text[1:]


# English-origin given names of the si_LK table as a registrar spells them.
SI_ENGLISH = {
    "Antan": "Anton", "Edwad": "Edward", "Klarans": "Clarence", "Kinsli": "Kingsley", "Makswel": "Maxwell",
    "Desmand": "Desmond", "Viktar": "Victor", "Sharli": "Shirley", "Stanli": "Stanley", "Jaksan": "Jackson",
    "Nelsan": "Nelson", "Miltan": "Milton", "Sheltan": "Shelton", "Granvil": "Granville", "Kristopa": "Christopher",
    "Parl": "Pearl", "Parsi": "Percy", "Prins": "Prince", "Henri": "Henry", "Fredi": "Freddie", "Marsi": "Mercy",
    "Olban": "Alban", "Anasli": "Ainsley", "Anthani": "Anthony", "Kristi": "Christie", "Layanal": "Lionel",
    "Biyanka": "Bianca", "Melani": "Melanie", "Mariyasel": "Maricel", "Jasintha": "Jacintha", "Marvin": "Marvin",
}  # fmt: skip

# Customary spellings of the th_TH city, amphoe and tambon tables (Bangkok's ceremonial name and the
# generic "Mueang" are left out).
TH_PLACES = {
    "นนทบุรี": "Nonthaburi", "ปากเกร็ด": "Pak Kret", "หาดใหญ่": "Hat Yai", "เจ้าพระยาสุรศักดิ์": "Chao Phraya Surasak",
    "สุราษฎร์ธานี": "Surat Thani", "อุดรธานี": "Udon Thani", "เชียงใหม่": "Chiang Mai",
    "นครราชสีมา": "Nakhon Ratchasima", "พัทยา": "Pattaya", "ขอนแก่น": "Khon Kaen", "นครศรีธรรมราช": "Nakhon Si Thammarat",
    "แหลมฉบัง": "Laem Chabang", "รังสิต": "Rangsit", "นครสวรรค์": "Nakhon Sawan", "ภูเก็ต": "Phuket",
    "เชียงราย": "Chiang Rai", "อุบลราชธานี": "Ubon Ratchathani", "นครปฐม": "Nakhon Pathom", "เกาะสมุย": "Ko Samui",
    "สมุทรสาคร": "Samut Sakhon", "พิษณุโลก": "Phitsanulok", "ระยอง": "Rayong", "สงขลา": "Songkhla", "ยะลา": "Yala",
    "ตรัง": "Trang", "อ้อมน้อย": "Om Noi", "สกลนคร": "Sakon Nakhon", "ลำปาง": "Lampang", "สมุทรปราการ": "Samut Prakan",
    "พระนครศรีอยุธยา": "Ayutthaya", "แม่สอด": "Mae Sot",
    "เกษตรสมบูรณ์": "Kaset Sombun", "แก้งคร้อ": "Kaeng Khro", "คอนสวรรค์": "Khon Sawan", "คอนสาร": "Khon San",
    "ซับใหญ่": "Sap Yai", "เทพสถิต": "Thep Sathit", "เนินสง่า": "Noen Sanga", "บ้านเขว้า": "Ban Khwao",
    "บ้านแท่น": "Ban Thaen", "บำเหน็จณรงค์": "Bamnet Narong", "หนองบัวโคก": "Nong Bua Khok", "ภักดีชุมพล": "Phakdi Chumphon",
    "ภูเขียว": "Phu Khiao", "หนองบัวแดง": "Nong Bua Daeng", "หนองบัวระเหว": "Nong Bua Rawe", "เทิง": "Thoeng",
    "แม่ลาว": "Mae Lao", "แม่สรวย": "Mae Suai", "เวียงแก่น": "Wiang Kaen", "เวียงชัย": "Wiang Chai",
    "เวียงป่าเป้า": "Wiang Pa Pao", "เขาสมิง": "Khao Saming", "คลองใหญ่": "Khlong Yai", "บ่อไร่": "Bo Rai",
    "นาแก": "Na Kae", "นาทม": "Na Thom", "นาหว้า": "Na Wa", "บ้านแพง": "Ban Phaeng", "ปลาปาก": "Pla Pak",
    "โพนสวรรค์": "Phon Sawan", "เรณูนคร": "Renu Nakhon", "วังยาง": "Wang Yang", "ศรีสงคราม": "Si Songkhram",
    "เฉลิมพระเกียรติ": "Chaloem Phra Kiat", "ปากคาด": "Pak Khat", "พรเจริญ": "Phon Charoen", "ศรีวิไล": "Si Wilai",
    "ป้อมปราบศัตรูพ่าย": "Pom Prap Sattru Phai", "พระนคร": "Phra Nakhon", "สามโคก": "Sam Khok",
    "บางสะพานน้อย": "Bang Saphan Noi", "บึงกุ่ม": "Bueng Kum", "ภาษีเจริญ": "Phasi Charoen",
    "วังทองหลาง": "Wang Thonglang", "ห้วยขวาง": "Huai Khwang", "หนอกจอก": "Nong Chok", "สะพานสูง": "Saphan Sung",
    "บางแค": "Bang Khae", "บางไผ่": "Bang Phai", "บางปะกอก": "Bang Pakok", "ยางตลาด": "Yang Talat",
    "ดอนสมบูรณ์": "Don Sombun", "หัวงัว": "Hua Ngua", "นาเชือก": "Na Chueak", "เทพศิรินทร์": "Thep Sirin",
    "อุ่มเม่า": "Um Mao", "คลองขาม": "Khlong Kham", "บัวบาน": "Bua Ban", "เขาพระนอน": "Khao Phra Non", "เว่อ": "Woe",
    "นาดี": "Na Di", "อิตื้อ": "I Tue", "โนนสูง": "Non Sung", "หัวนาคำ": "Hua Na Kham", "หนองตอกแป้น": "Nong Tok Paen",
    "หนองอิเฒ่า": "Nong I Thao", "โนนศิลา": "Non Sila", "หนองปลาหมอ": "Nong Pla Mo", "เปือยใหญ่": "Pueai Yai",
    "โนนแดง": "Non Daeng", "ก้อนแก้ว": "Kon Kaeo", "คลองเขื่อน": "Khlong Khuean", "บางเล่า": "Bang Lao",
    "บางโรง": "Bang Rong", "บางตลาด": "Bang Talat", "เนินขาม": "Noen Kham", "กะบกเตี้ย": "Kabok Tia",
    "สุขเดือนห้า": "Suk Duean Ha", "พะโต๊ะ": "Phato", "ปากทรง": "Pak Song", "ปังหวาน": "Pang Wan",
    "พระรักษ์": "Phra Rak", "ห้วยยอด": "Huai Yot", "ปากคม": "Pak Khom", "หนองช้างแล่น": "Nong Chang Laen",
    "ท่างิ้ว": "Tha Ngio", "บางดี": "Bang Di", "ลำภูรา": "Lam Phu Ra", "บางกุ้ง": "Bang Kung", "นาวง": "Na Wong",
    "เขากอบ": "Khao Kop", "เขาขาว": "Khao Khao", "ในเตา": "Nai Tao", "เขาปูน": "Khao Pun", "ทุ่งต่อ": "Thung To",
    "ปากแจ่ม": "Pak Chaem", "เกาะหวาย": "Ko Wai", "ปากพลี": "Pak Phli", "เกาะโพธิ์": "Ko Pho", "ท่าเรือ": "Tha Ruea",
    "โคกกรวด": "Khok Kruat", "หนองแสง": "Nong Saeng", "นาหินลาด": "Na Hin Lat",
}  # fmt: skip

# A few real US towns (hand-written), mixed with the Thai place names.
US_TOWNS = (
    "Wapakoneta", "Chillicothe", "Ashtabula", "Paducah", "Natchitoches", "Opelousas", "Sheboygan", "Ypsilanti",
    "Bemidji", "Keokuk", "Pocatello", "Hattiesburg", "Muskogee", "Altoona", "Kenosha", "Yakima", "Walla Walla",
    "Cheyenne", "Tuscaloosa", "Oshkosh",
)  # fmt: skip

# Thai nicknames as people give them (hand-written); many are English words.
TH_NICKNAMES = (
    "Nok", "Ploy", "Bee", "Joy", "Noi", "Lek", "Pim", "Ton", "Gift", "Mint", "Beam", "Fon", "Pla", "Oil", "Nan",
    "Aom", "Praew", "Boss", "Bank", "Golf", "Ice", "Pop", "New", "Earth", "Film", "Fah", "Mook", "Kwan", "Tum", "Ning",
)  # fmt: skip

_BAD_TH = re.compile(r"ii|uw|wr|nr|hr|aae|oeo|aa|^[A-Z][a-z]?$")


@dataclass(frozen=True)
class Pools:
    """Romanized values: given names per locale as (plain, marked, sex), surnames as (plain, marked,
    locale), places (towns and street words), organisation words."""

    given: dict[str, tuple[tuple[str, str, str], ...]]
    surnames: tuple[tuple[str, str, str], ...]
    places: tuple[str, ...]
    orgwords: tuple[str, ...]


def _fine_th(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]{2,15}", name)) and not _BAD_TH.search(name)


@lru_cache(maxsize=1)
def pools() -> Pools:
    """The romanized tables (read once, in table order, so every seed sees the same pools)."""
    given: dict[str, list[tuple[str, str, str]]] = {"si": [], "th": []}
    seen: set[str] = set()
    for attr, sex in (("first_names_male", "M"), ("first_names_female", "F")):
        for w in own_table(_SI_PERSON, attr):
            plain = romanize_si(w)
            plain = SI_ENGLISH.get(plain, plain)
            marked = romanize_si(w, marks=True) if plain not in SI_ENGLISH.values() else plain
            if plain not in seen and re.fullmatch(r"[A-Z][a-z]{2,13}", plain):
                seen.add(plain)
                given["si"].append((plain, marked, sex))
        for w in own_table(_TH_PERSON, attr):
            plain = romanize_th(w)
            if plain not in seen and _fine_th(plain):
                seen.add(plain)
                given["th"].append((plain, plain, sex))
    surnames: list[tuple[str, str, str]] = []
    for w in own_table(_SI_PERSON, "last_names"):
        surnames.append((SI_SURNAMES[w], romanize_si(w, marks=True), "si"))
    for w in own_table(_TH_PERSON, "last_names"):
        plain = romanize_th(w)
        if _fine_th(plain) and plain not in seen:
            seen.add(plain)
            surnames.append((plain, plain, "th"))
    places: list[str] = []
    for attr in ("cities", "amphoes", "tambons"):
        for w in own_table(_TH_ADDRESS, attr):
            if w in TH_PLACES and TH_PLACES[w] not in places:
                places.append(TH_PLACES[w])
    orgwords = [p for p in places if " " not in p] + [s for s, _, loc in surnames if loc == "si"]
    return Pools(
        {k: tuple(v) for k, v in given.items()}, tuple(surnames), tuple(places), tuple(dict.fromkeys(orgwords))
    )


# ---------------------------------------------------------------- documents


class P(NamedTuple):
    """A PHI value: its surface text and type."""

    text: str
    type: str


class K(NamedTuple):
    """A keep term: a non-PHI value a coder needs, and its kind."""

    text: str
    kind: str


Seg = str | P | K | list


class Doc:
    """Text built piece by piece with its PHI spans and keep terms. `case` ("lower"/"upper") is
    applied to every piece as it is added; `noise` (typos) only to the plain pieces."""

    def __init__(self, case: str | None = None, noise: Callable[[str], str] | None = None):
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str]] = []
        self.keep: dict[str, str] = {}
        self.case = case
        self.noise = noise

    def _c(self, s: str) -> str:
        if self.case == "lower":
            out = s.lower()
        elif self.case == "upper":
            out = s.upper()
        else:
            out = s
        assert len(out) == len(s), s
        return out

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def add(self, template: str = "", /, **kw: Seg) -> Doc:
        """Append `template`, replacing each {key} by kw[key]: str is plain text, P a PHI span, K a
        keep term, a list any mix of them."""
        for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2:
                self.seg(kw[piece])
            elif piece:
                self.plain(piece)
        return self

    def line(self, template: str = "", /, **kw: Seg) -> Doc:
        return self.add(template, **kw).add("\n")

    def seg(self, v: Seg) -> None:
        if isinstance(v, P):
            s = self._c(v.text)
            assert s and s == s.strip(), v
            self.phi.append((self.n, self.n + len(s), v.type))
            self._put(s)
        elif isinstance(v, K):
            s = self._c(v.text)
            self.keep[s] = v.kind
            self._put(s)
        elif isinstance(v, list):
            for x in v:
                self.seg(x)
        else:
            self.plain(v)

    def plain(self, s: str) -> None:
        s = self._c(s)
        if self.noise:
            s = self.noise(s)
        self._put(s)

    def text(self) -> str:
        return "".join(self.parts)

    def record(self, rid: str, family: str) -> dict:
        text = self.text().rstrip()
        assert len(text) == len(text.rstrip())
        phi = [{"start": s, "end": e, "type": t} for s, e, t in self.phi]
        assert all(e <= len(text) for _, e, _ in self.phi)
        keep: list[str] = []
        kinds: dict[str, str] = {}
        for term, kind in self.keep.items():
            hits = [m.start() for m in re.finditer(re.escape(term), text)]
            if not hits or any(s < h + len(term) and h < e for h in hits for s, e, _ in self.phi):
                continue  # a keep term that also occurs inside a PHI span is not listed
            keep.append(term)
            kinds[term] = kind
        return {"id": rid, "family": family, "text": text, "phi": phi, "keep": keep, "keep_kinds": kinds}


# ---------------------------------------------------------------- value tables (hand-written)

STATE_INFO = {
    # state: (abbreviation, ZIP prefix range, area codes)
    "Ohio": ("OH", (430, 458), (216, 330, 419, 614, 513, 937, 440)),
    "Pennsylvania": ("PA", (150, 196), (412, 724, 814, 717, 215)),
    "Michigan": ("MI", (480, 499), (313, 248, 586, 734, 616, 517)),
    "Indiana": ("IN", (460, 479), (317, 260, 574, 812)),
    "Kentucky": ("KY", (400, 427), (502, 859, 270)),
    "Tennessee": ("TN", (370, 385), (615, 901, 865, 423)),
    "Georgia": ("GA", (300, 319), (404, 770, 678, 912)),
    "North Carolina": ("NC", (270, 289), (704, 919, 336, 910)),
    "Virginia": ("VA", (220, 246), (804, 757, 540, 703)),
    "New Jersey": ("NJ", (70, 89), (973, 201, 732, 856)),
    "New York": ("NY", (100, 149), (718, 585, 716, 518, 315)),
    "Illinois": ("IL", (600, 629), (773, 312, 217, 309, 618)),
    "Wisconsin": ("WI", (530, 549), (414, 608, 920, 715)),
    "Minnesota": ("MN", (550, 567), (612, 651, 218, 507)),
    "Missouri": ("MO", (630, 658), (314, 816, 417, 573)),
    "Nebraska": ("NE", (680, 693), (402, 308)),
    "Colorado": ("CO", (800, 816), (303, 719, 970)),
    "Arizona": ("AZ", (850, 865), (602, 480, 520, 928)),
    "Texas": ("TX", (750, 799), (210, 512, 713, 214, 817, 915)),
    "Louisiana": ("LA", (700, 714), (504, 225, 318, 337)),
    "Alabama": ("AL", (350, 369), (205, 251, 256, 334)),
    "Iowa": ("IA", (500, 528), (515, 319, 563, 712)),
    "Washington": ("WA", (980, 994), (509, 206, 253, 360)),
    "Oregon": ("OR", (970, 979), (503, 541, 971)),
    "California": ("CA", (900, 961), (559, 916, 909, 619, 707, 805)),
    "Massachusetts": ("MA", (10, 27), (617, 508, 413, 978)),
}
STATES = tuple(STATE_INFO)
STATE_ABBR = tuple(v[0] for v in STATE_INFO.values())
COUNTRIES = ("Sri Lanka", "Thailand", "United States", "USA", "Canada", "Mexico")

STREET_SUFFIXES = (
    "St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way", "Pl", "Pkwy",
    "Cir", "Ter", "Trail", "Pike",
)  # fmt: skip
UNITS = ("Apt {n}", "Apt {n}{l}", "Unit {n}", "#{n}", "Lot {n}", "Suite {n}", "Apt. {l}{n}", "Bldg {l} Apt {n}")
EMAIL_DOMAINS = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
    "aol.com",
    "att.net",
    "comcast.net",
)

DRUGS = (
    "metformin", "lisinopril", "atorvastatin", "apixaban", "levothyroxine", "gabapentin", "sertraline", "amlodipine",
    "furosemide", "insulin glargine", "albuterol", "prednisone", "warfarin", "tramadol", "ondansetron", "pantoprazole",
    "carvedilol", "donepezil", "levetiracetam", "tamsulosin", "clopidogrel", "rivaroxaban", "quetiapine", "lorazepam",
    "Eliquis", "Ozempic", "Lantus", "Humira", "Xarelto", "Jardiance", "Synthroid", "Keppra", "Zofran", "Trulicity",
    "Entresto", "Depakote", "Seroquel", "Lasix", "Norco", "Flomax", "Januvia", "Plavix",
)  # fmt: skip
IV_DRUGS = (
    "vancomycin", "piperacillin-tazobactam", "cefepime", "ceftriaxone", "heparin", "enoxaparin", "cefazolin",
    "meropenem", "gentamicin", "micafungin", "amiodarone", "norepinephrine", "insulin regular",
)  # fmt: skip
EPONYMS = (
    "Parkinson disease", "Alzheimer disease", "Crohn disease", "Graves disease", "Hashimoto thyroiditis",
    "Bell palsy", "Wilson disease", "Hodgkin lymphoma", "Barrett esophagus", "Guillain-Barre syndrome",
    "Sjogren syndrome", "Raynaud phenomenon", "Cushing syndrome", "Addison disease", "Paget disease of bone",
    "Meniere disease", "Down syndrome", "Tourette syndrome", "Bell's palsy", "Hirschsprung disease",
    "Lewy body dementia", "Dupuytren contracture", "Osgood-Schlatter disease", "Kawasaki disease",
)  # fmt: skip
CLIN_EPONYMS = (
    "Foley catheter", "Glasgow Coma Scale", "Braden score", "Morse Fall Scale", "Romberg", "Babinski sign",
    "Murphy sign", "McMurray test", "Lachman test", "Phalen test", "Tinel sign", "Mallampati", "Trendelenburg",
    "Fowler position", "Swan-Ganz catheter", "Wells score", "Child-Pugh", "Epley maneuver", "Dix-Hallpike",
    "Holter monitor", "Doppler", "Gleason score", "Berg Balance Scale", "Allen test", "Yankauer",
)  # fmt: skip
DEPARTMENTS = (
    "ICU", "MICU", "SICU", "CVICU", "PACU", "Emergency Department", "Cardiology", "Radiology",
    "Interventional Radiology", "Neurology", "Oncology", "Case Management", "Social Work", "Physical Therapy",
    "Occupational Therapy", "Speech-Language Pathology", "Labor and Delivery", "Step-Down Unit", "Telemetry",
    "Patient Financial Services", "Health Information Management", "Central Scheduling", "Interpreter Services",
    "Orthopedics", "Gastroenterology", "Endocrinology", "Nephrology", "Pulmonology", "Urology", "Dermatology",
    "Rheumatology", "Inpatient Pharmacy", "Utilization Review", "Pain Management", "Sleep Medicine",
)  # fmt: skip
INSURERS = (
    "Medicare", "Medicaid", "Aetna", "Cigna", "Humana", "UnitedHealthcare", "Anthem Blue Cross", "Blue Cross Blue Shield",
    "Tricare", "Molina Healthcare", "CareSource", "Ambetter", "WellCare", "Highmark", "Oscar Health", "Priority Health",
    "Medi-Cal", "MassHealth", "Medicare Advantage",
)  # fmt: skip
AUTO_INSURERS = ("State Farm", "Progressive", "GEICO", "Allstate", "Liberty Mutual", "Nationwide", "Farmers")
LEAVE_CARRIERS = ("Sedgwick", "MetLife", "Unum", "The Hartford", "Lincoln Financial", "Matrix Absence Management")
MAKERS = (
    "Medtronic", "Abbott", "Boston Scientific", "Dexcom", "Tandem", "Insulet", "Philips", "ResMed", "Stryker",
    "Zimmer Biomet", "Smith & Nephew", "DePuy Synthes", "Baxter", "Edwards Lifesciences", "ZOLL", "Hill-Rom",
    "Invacare", "Omron", "Biotronik", "Siemens Healthineers", "GE HealthCare", "Hologic", "Masimo", "Teleflex",
)  # fmt: skip
ICD10 = (
    ("E11.9", "type 2 diabetes"), ("I10", "hypertension"), ("I48.91", "atrial fibrillation"), ("J44.1", "COPD exacerbation"),
    ("N18.4", "CKD stage 4"), ("F03.90", "dementia"), ("G20", "parkinsonism"), ("K50.90", "Crohn's"),
    ("M17.11", "right knee OA"), ("Z79.01", "long-term anticoagulation"), ("R07.9", "chest pain"),
    ("S72.001A", "hip fracture"), ("I63.9", "stroke"), ("J18.9", "pneumonia"), ("N39.0", "UTI"),
    ("L89.154", "sacral pressure injury"), ("Z99.2", "dialysis dependence"), ("F32.1", "depression"),
    ("G47.33", "obstructive sleep apnea"), ("I50.22", "chronic systolic heart failure"), ("M54.50", "low back pain"),
    ("E03.9", "hypothyroidism"), ("R55", "syncope"), ("F41.1", "anxiety"), ("O24.419", "gestational diabetes"),
)  # fmt: skip
CPT = (
    ("99213", "office visit"), ("99214", "office visit"), ("99285", "ED visit"), ("71046", "chest x-ray"),
    ("74177", "CT abdomen/pelvis"), ("70450", "CT head"), ("27447", "knee replacement"), ("93000", "ECG"),
    ("97161", "PT evaluation"), ("97165", "OT evaluation"), ("92523", "speech evaluation"), ("99495", "transition care"),
    ("96372", "injection"), ("36415", "venipuncture"), ("80053", "metabolic panel"), ("85025", "CBC"),
    ("93306", "echocardiogram"), ("45378", "colonoscopy"), ("G0180", "home health certification"),
    ("99443", "telephone visit"), ("93280", "device interrogation"), ("99091", "remote monitoring"),
)  # fmt: skip
HCPCS = (("E0601", "CPAP"), ("E0260", "hospital bed"), ("E1390", "oxygen concentrator"), ("K0001", "wheelchair"),
         ("E0143", "walker"), ("A4253", "glucose strips"))  # fmt: skip
LANGS = ("Thai", "Sinhala", "Tamil", "Lao", "Karen", "Burmese", "Nepali", "Spanish", "Arabic", "Vietnamese")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VAL.update(dict(zip("JKLMN", range(1, 6))))
_VIN_VAL.update({"P": 7, "R": 9})
_VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10))))
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


@dataclass
class Person:
    given: str
    surname: str
    sex: str
    locale: str
    gmarked: str = ""
    smarked: str = ""
    marked: bool = False
    mid: str = ""
    nick: str = ""
    inits: str = ""  # Sinhala family initials, "W.A."
    hyphen: str = ""  # a second surname ("Perera-Jayasinghe")
    age: int = 0  # set the first time a document needs it

    @property
    def g(self) -> str:
        return self.gmarked if self.marked else self.given

    @property
    def s(self) -> str:
        base = self.smarked if self.marked else self.surname
        return f"{base}-{self.hyphen}" if self.hyphen else base


@dataclass
class Gen:
    """Draws every value from one seeded `random.Random`."""

    r: random.Random
    pools: Pools = field(default_factory=pools)
    anchor: dt.date = dt.date(2025, 3, 3)  # the document's own date, set per row

    # ------------------------------------------------------------ basics
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    # ------------------------------------------------------------ people
    def person(self, sex: str | None = None, locale: str | None = None) -> Person:
        loc = locale or ("si" if self.chance(0.55) else "th")
        cands = [x for x in self.pools.given[loc] if sex is None or x[2] == sex]
        given, gmarked, sx = self.pick(cands)
        surs = [x for x in self.pools.surnames if x[2] == loc]
        surname, smarked, _ = self.pick(surs)
        p = Person(given, surname, sx, loc, gmarked, smarked)
        p.marked = loc == "si" and self.chance(0.15)
        p.mid = self.pick("ABCDEGHJKLMNPRSTW")
        if loc == "th" and self.chance(0.6):
            p.nick = self.pick(TH_NICKNAMES)
        if loc == "si" and self.chance(0.4):
            p.inits = ".".join(self.pick("WAKDMHRPSGJLU") for _ in range(self.r.randint(1, 3))) + "."
        if self.chance(0.07):
            p.hyphen = self.pick([x[0] for x in self.pools.surnames if x[0] != surname])
        return p

    def name(self, p: Person, style: str = "any") -> P:
        """One NAME span in the asked shape."""
        if style == "any":
            style = self.pick(("full", "full", "full", "lf", "first", "last", "fml", "upper", "lower", "special"))
        if style == "special":
            style = "inits" if p.inits else ("nick" if p.nick else "lfm")
        if p.nick and style == "full" and self.chance(0.3):
            style = "nick"
        elif p.nick and style == "first" and self.chance(0.25):
            style = "nick_only"
        g, s = p.g, p.s
        text = {
            "full": f"{g} {s}",
            "first": g,
            "last": s,
            "lf": f"{s}, {g}",
            "lfm": f"{s.upper()}, {g.upper()} {p.mid}",
            "lfm.": f"{s}, {g} {p.mid}.",
            "fml": f"{g} {p.mid}. {s}",
            "upper": f"{g} {s}".upper(),
            "upper_last": s.upper(),
            "lower": f"{g} {s}".lower(),
            "lower_first": g.lower(),
            "lower_lf": f"{s}, {g}".lower(),
            "ini": g[0] + s[0],
            "ini.": f"{g[0]}.{s[0]}.",
            "ini_lower": (g[0] + s[0]).lower(),
            "inits": f"{p.inits} {g} {s}" if p.inits else f"{g} {s}",
            "inits_short": f"{p.inits}{g[0]}. {s}" if p.inits else f"{g[0]}. {s}",
            "nick": f'{g} "{p.nick}" {s}' if p.nick else f"{g} {s}",
            "nick_only": p.nick or g,
            "f_last": f"{g[0]}. {s}",
            "first_init": f"{g} {s[0]}.",
            "f_last_nodot": f"{g[0]} {s}",
        }[style]
        return P(text, "NAME")

    # ------------------------------------------------------------ dates and ages
    def day(self, lo: tuple[int, int, int] | None = None, hi: tuple[int, int, int] | None = None) -> dt.date:
        """A day between `lo` and `hi`; without them, from seven weeks before to three weeks after the
        document's own date."""
        if lo is None or hi is None:
            return self.anchor + dt.timedelta(days=self.r.randint(-50, 21))
        a, b = dt.date(*lo), dt.date(*hi)
        return a + dt.timedelta(days=self.r.randrange((b - a).days + 1))

    def dob(self, age: int | None = None) -> dt.date:
        """A birth date `age` years before the document's date (an adult's when `age` is None)."""
        age = age if age is not None else self.r.randint(18, 88)
        a = self.anchor
        born = dt.date(a.year - age - 1, a.month, min(a.day, 28))
        return born + dt.timedelta(days=self.r.randint(1, 364))

    def age_of(self, p: Person, old: float = 0.3) -> int:
        """The person's age, drawn once: 90 or more with chance `old`."""
        if not p.age:
            p.age = self.r.randint(90, 102) if self.chance(old) else self.r.randint(19, 88)
        return p.age

    def date(self, d: dt.date, style: str = "any") -> P:
        if style == "any":
            style = self.pick(
                ("mdy", "mdy", "mdy0", "mdyy", "iso", "long", "short", "dmy-", "md", "wd_md", "long_wd", "mdy-")
            )
        mon, full = MONTHS[d.month - 1][:3], MONTHS[d.month - 1]
        wd = WEEKDAYS[d.weekday()]
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        text = {
            "mdy": f"{d.month}/{d.day}/{d.year}",
            "mdy0": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "mdyy": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "mdyy0": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
            "mdy-": f"{d.month:02d}-{d.day:02d}-{d.year}",
            "iso": d.isoformat(),
            "long": f"{full} {d.day}, {d.year}",
            "short": f"{mon} {d.day}, {d.year}",
            "dmy-": f"{d.day:02d}-{mon}-{d.year}",
            "dmyc": f"{d.day:02d}{mon.upper()}{d.year}",
            "compact": f"{d.year}{d.month:02d}{d.day:02d}",
            "md": f"{d.month}/{d.day}",
            "md_th": f"{full} {d.day}{suf}",
            "mon_th": f"{mon} {d.day}{suf}",
            "wd_md": f"{wd[:3]} {d.month}/{d.day}",
            "wd_full": f"{wd} {d.month}/{d.day}",
            "long_wd": f"{wd}, {full} {d.day}, {d.year}",
            "wd_long": f"{wd}, {full} {d.day}",
            "spoken": f"{full.lower()} {d.day}{suf} {d.year}",
            "spoken_md": f"{full.lower()} {d.day}{suf}",
            "spoken_num": f"{full.lower()} {d.day} {d.year}",
            "dmy_mil": f"{d.day} {mon} {d.year}",
        }[style]
        return P(text, "DATE")

    def age90(self, style: str = "num", a: int | None = None) -> P:
        a = a if a is not None else self.r.randint(90, 103)
        assert a >= 90
        if style == "word":
            tens = "ninety" if a < 100 else "one hundred"
            u = a % 10 if a < 100 else a - 100
            txt = tens if u == 0 else (f"{tens}-{ONES[u]}" if a < 100 else f"{tens} and {ONES[u]}")
            return P(txt, "AGE")
        return P(str(a), "AGE")

    # ------------------------------------------------------------ places
    def state(self) -> str:
        return self.pick(STATES)

    def town(self) -> str:
        return self.pick(US_TOWNS) if self.chance(0.25) else self.pick(self.pools.places)

    def zip(self, state: str, plus4: bool | None = None) -> P:
        lo, hi = STATE_INFO[state][1]
        z = f"{self.r.randint(lo, hi):03d}{self.digits(2)}"
        if plus4 or (plus4 is None and self.chance(0.2)):
            z += "-" + self.digits(4)
        return P(z, "ZIP")

    def street(self, unit: bool | None = None, po: float = 0.0) -> P:
        if self.chance(po):
            return P(f"PO Box {self.r.randint(11, 9899)}", "ADDRESS")
        num = str(self.r.choice((self.r.randint(10, 999), self.r.randint(1000, 9999), self.r.randint(10000, 48999))))
        word = self.pick(self.pools.orgwords if self.chance(0.6) else self.pools.places)
        pre = self.pick(("N ", "S ", "E ", "W ", "")) if self.chance(0.3) else ""
        parts = f"{num} {pre}{word} {self.pick(STREET_SUFFIXES)}"
        if unit or (unit is None and self.chance(0.3)):
            parts += ", " + self.pick(UNITS).format(n=self.r.randint(1, 40), l=self.pick("ABCDEF"))
        return P(parts, "ADDRESS")

    def address_lines(self, sep: str = ", ") -> list:
        """Street, town, state and ZIP as segments ("4410 Lampang Ave, Yala, OH 44107")."""
        st = self.state()
        return [self.street(), sep, P(self.town(), "LOCATION"), ", ", STATE_INFO[st][0], " ", self.zip(st)]

    # ------------------------------------------------------------ organisations
    def facility(self, kind: str = "hospital") -> P:
        w = self.pick(self.pools.orgwords)
        forms = {
            "hospital": (
                "{w} General Hospital",
                "{w} Regional Medical Center",
                "{w} Memorial Hospital",
                "{w} Community Hospital",
                "{w} Valley Medical Center",
                "{w} County Hospital",
                "{w} Health Center",
            ),
            "clinic": (
                "{w} Family Medicine",
                "{w} Internal Medicine Associates",
                "{w} Primary Care",
                "{w} Pediatrics",
                "{w} Family Health Clinic",
                "{w} Medical Group",
                "{w} Women's Health",
            ),
            "pharmacy": ("{w} Drug", "{w} Family Pharmacy", "{w} Apothecary", "{w} Discount Drugs"),
            "lab": ("{w} Outpatient Lab", "{w} Diagnostic Laboratory", "{w} Imaging Center"),
            "employer": (
                "{w} Tool & Die",
                "{w} Poultry Processing",
                "{w} Logistics",
                "{w} Plastics Inc",
                "{w} Auto Parts",
                "{w} Distribution Center",
                "{w} Manufacturing Company",
                "{w} Foods",
            ),
            "school": ("{w} Elementary School", "{w} Middle School", "{w} High School", "{w} Community College"),
            "court": ("{w} County Court of Common Pleas", "{w} County Circuit Court", "{w} Municipal Court"),
            "home": ("{w} House", "{w} Supported Living", "{w} Group Home", "{w} Residential Services"),
            "agency": ("{w} Home Health", "{w} Visiting Nurses", "{w} Home Care Services"),
            "snf": ("{w} Care Center", "{w} Rehabilitation and Nursing", "{w} Senior Living", "{w} Manor"),
            "trucking": ("{w} Freight Lines", "{w} Trucking LLC", "{w} Transport", "{w} Express Carriers"),
        }[kind]
        return P(self.pick(forms).format(w=w), "FACILITY")

    def slug(self) -> str:
        return re.sub(r"[^a-z]", "", self.pick(self.pools.orgwords).lower())

    # ------------------------------------------------------------ contact
    def area(self, state: str | None = None) -> str:
        return str(self.pick(STATE_INFO[state or self.state()][2]))

    def phone(self, typ: str = "PHONE", style: str = "any", ext: bool | None = None) -> P:
        a, x, y = self.area(), str(self.r.randint(201, 989)), self.digits(4)
        if style == "any":
            style = self.pick(("paren", "paren", "dash", "dash", "dot", "plus", "one", "plain", "seven"))
        text = {
            "paren": f"({a}) {x}-{y}",
            "dash": f"{a}-{x}-{y}",
            "dot": f"{a}.{x}.{y}",
            "plus": f"+1 {a} {x} {y}" if self.chance(0.5) else f"+1 ({a}) {x}-{y}",
            "one": f"1-{a}-{x}-{y}",
            "plain": f"{a}{x}{y}",
            "seven": f"{x}-{y}",
            "spaced": f"{a} {x} {y}",
        }[style]
        if ext or (ext is None and style != "seven" and self.chance(0.22)):
            text += self.pick((" ext ", " ext. ", " x", " x ", " Ext ", " extension ", " X")) + str(
                self.r.randint(2, 8999)
            )
        return P(text, typ)

    def email(self, p: Person | None = None, work: str | None = None) -> P:
        if p is None:
            p = self.person()
        g, s = p.given.lower(), p.surname.lower()
        if work:
            local = self.pick((f"{g[0]}{s}", f"{g}.{s}", f"{s}.{g[0]}"))
            return P(f"{local}@{work}", "EMAIL")
        local = self.pick((f"{g}.{s}", f"{g}{s[:3]}{self.r.randint(1, 99)}", f"{g[0]}{s}{self.r.randint(50, 99)}",
                           f"{s}{g[0]}", f"{g}_{s}", f"{g}{self.r.randint(1958, 2009)}"))  # fmt: skip
        return P(f"{local}@{self.pick(EMAIL_DOMAINS)}", "EMAIL")

    def ip(self) -> P:
        first = self.pick((24, 47, 50, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 98, 99, 107, 108, 172, 174, 184, 198))
        return P(f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}", "IP")

    # ------------------------------------------------------------ identifiers
    def mrn(self) -> P:
        return P(
            self.pick(
                (
                    f"E{self.digits(7)}",
                    f"00{self.digits(6)}",
                    f"{self.r.randint(1, 9)}{self.digits(6)}",
                    f"M{self.digits(7)}",
                    f"{self.digits(3)}-{self.digits(2)}-{self.digits(2)}",
                )
            ),
            "MRN",
        )

    def csn(self) -> P:
        return P(f"{self.r.randint(1, 9)}{self.digits(9)}", "ID")

    def account(self) -> P:
        return P(
            self.pick(
                (
                    f"{self.r.randint(4, 9)}{self.digits(8)}",
                    f"G{self.digits(7)}",
                    f"HAR{self.digits(8)}",
                    f"{self.digits(4)}-{self.digits(5)}",
                    f"70{self.digits(8)}",
                )  # fmt: skip
            ),
            "ACCOUNT",
        )

    def member(self, kind: str = "any") -> P:
        if kind == "mbi" or (kind == "any" and self.chance(0.25)):
            al = "ACDEFGHJKMNPQRTUVWXY"
            an = al + "0123456789"
            m = (
                str(self.r.randint(1, 9)) + self.pick(al) + self.pick(an) + self.digits(1) + "-" + self.pick(al)
                + self.pick(an) + self.digits(1) + "-" + self.pick(al) + self.pick(al) + self.digits(2)
            )  # fmt: skip
            return P(m if self.chance(0.6) else m.replace("-", ""), "HEALTH_PLAN")
        if kind == "medicaid":
            return P(self.pick((self.digits(10), f"{self.digits(9)}{self.pick('ABCDR')}", f"MC{self.digits(8)}")),
                     "HEALTH_PLAN")  # fmt: skip
        return P(
            self.pick(
                (
                    f"{self.letters(3)}{self.digits(9)}",
                    f"W{self.digits(9)}",
                    f"{self.letters(2)}{self.digits(7)}-01",
                    f"U{self.digits(8)} 01",
                    f"ZGP{self.digits(8)}",
                )
            ),  # fmt: skip
            "HEALTH_PLAN",
        )

    def ssn(self) -> P:
        a = self.r.choice([x for x in range(101, 899) if x != 666])
        b, c = self.r.randint(1, 99), self.r.randint(1, 9999)
        style = self.pick(("dash", "dash", "dash", "space", "plain"))
        text = {"dash": f"{a}-{b:02d}-{c:04d}", "space": f"{a} {b:02d} {c:04d}", "plain": f"{a}{b:02d}{c:04d}"}[style]
        return P(text, "SSN")

    def dl(self) -> P:
        return P(
            self.pick(
                (
                    f"{self.letters(2)}{self.digits(6)}",
                    f"S{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                    f"D{self.digits(7)}",
                    f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                    self.digits(8),
                    f"{self.letters(1)} {self.digits(3)} {self.digits(3)} {self.digits(3)} {self.digits(3)}",
                    f"{self.letters(1)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-{self.digits(1)}",
                )
            ),  # fmt: skip
            "LICENSE",
        )

    def dea(self) -> P:
        first, second = self.pick("ABFGM"), self.pick("ABCDEGHKLMNPRSTW")
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return P(first + second + "".join(map(str, d)) + str(chk), "LICENSE")

    def plate(self) -> P:
        return P(
            self.pick(
                (
                    f"{self.letters(3)}-{self.digits(4)}",
                    f"{self.r.randint(1, 9)}{self.letters(3)}{self.digits(3)}",
                    f"{self.letters(3)} {self.digits(4)}",
                    f"{self.digits(3)}-{self.letters(3)}",
                    f"{self.letters(2)}{self.digits(5)}",
                )
            ),  # fmt: skip
            "VEHICLE",
        )

    def vin(self) -> P:
        chars = [self.pick(_VIN_CHARS) for _ in range(17)]
        chars[9] = self.pick("NPRSTV")  # model years 2022-2027
        chars[8] = "0"
        total = sum(_VIN_VAL[c] * w for c, w in zip(chars, _VIN_W))
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return P("".join(chars), "VEHICLE")

    def serial(self) -> P:
        return P(
            self.pick(
                (
                    f"{self.letters(3)}{self.digits(6)}{self.letters(1)}",
                    f"{self.r.randint(1, 9)}{self.letters(1)}{self.digits(7)}",
                    f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}",
                    f"SN{self.digits(9)}",
                    f"{self.letters(2)}{self.digits(2)}{self.letters(1)}{self.digits(5)}",
                    f"{self.digits(2)}-{self.digits(6)}",
                )
            ),  # fmt: skip
            "DEVICE",
        )

    def id(self, prefix: str = "") -> P:
        return P(
            prefix
            + self.pick((self.digits(8), f"{self.digits(4)}-{self.digits(5)}", f"{self.letters(2)}{self.digits(7)}")),
            "ID",
        )

    def accession(self) -> P:
        y = self.pick(("24", "25"))
        return P(
            self.pick(
                (
                    f"RAD{y}-{self.digits(7)}",
                    f"CT{y}{self.digits(6)}",
                    f"{y}-{self.digits(3)}-{self.digits(5)}",
                    f"A{y}{self.digits(4)}-{self.digits(4)}",
                    f"MR-{y}-{self.digits(6)}",
                    f"US{self.digits(8)}",
                )
            ),  # fmt: skip
            "ID",
        )

    def url(self, kind: str = "any") -> P:
        s = self.slug()
        opts = {
            "portal": f"https://mychart.{s}health.org/MyChart/Messaging/{self.digits(6)}",
            "form": f"https://www.{s}clinic.org/forms/{self.pick(('fmla', 'records', 'billing', 'intake'))}?id={self.digits(6)}",
            "room": f"https://{s}.doxy.me/{self.pick(('dr', 'clinic', 'room'))}{self.letters(3).lower()}",
            "zoom": f"https://us0{self.r.randint(2, 6)}web.zoom.us/j/{self.digits(11)}?pwd={self.letters(10).lower()}{self.digits(2)}",
            "pay": f"https://pay.{s}health.org/guest/{self.letters(4)}{self.digits(6)}",
            "drive": f"https://drive.google.com/file/d/1{self.letters(8)}{self.digits(4)}{self.letters(6).lower()}/view",
        }
        return P(opts[kind] if kind != "any" else opts[self.pick(tuple(opts))], "URL")

    # ------------------------------------------------------------ keep terms
    def drug(self) -> K:
        return K(self.pick(DRUGS), "drug")

    def ivdrug(self) -> K:
        return K(self.pick(IV_DRUGS), "drug")

    def eponym(self) -> K:
        return K(self.pick(EPONYMS), "eponym")

    def clin_eponym(self) -> K:
        return K(self.pick(CLIN_EPONYMS), "eponym")

    def dept(self, *choices: str) -> K:
        return K(self.pick(choices or DEPARTMENTS), "department")

    def insurer(self) -> K:
        return K(self.pick(INSURERS), "insurer")

    def maker(self, *choices: str) -> K:
        return K(self.pick(choices or MAKERS), "manufacturer")

    def icd(self) -> tuple[K, str]:
        code, label = self.pick(ICD10)
        return K(code, "code"), label

    def cpt(self) -> tuple[K, str]:
        code, label = self.pick(CPT)
        return K(code, "code"), label

    def code(self, text: str) -> K:
        return K(text, "code")

    def clinic_time(self) -> str:
        h, m = self.r.randint(7, 16), self.pick((0, 15, 20, 30, 40, 45))
        return (
            f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
            if self.chance(0.6)
            else f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"
        )

    def times(self, n: int, style: str = "mil") -> list[str]:
        """`n` clock times in order within a few hours."""
        start = self.r.randint(0, 23 * 60 - 1)
        mins = sorted(min(start + self.r.randint(0, 200), 24 * 60 - 1) for _ in range(n))
        out = []
        for x in mins:
            h, m = divmod(x, 60)
            out.append(f"{h:02d}{m:02d}" if style == "mil" else f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}")
        return out

    def near(self, d: dt.date, lo: int, hi: int) -> dt.date:
        return d + dt.timedelta(days=self.r.randint(lo, hi))

    def time(self, style: str = "any") -> str:
        h, m = self.r.randint(0, 23), self.r.randrange(0, 60)
        if style == "mil" or (style == "any" and self.chance(0.35)):
            return f"{h:02d}{m:02d}"
        h12 = h % 12 or 12
        return (
            f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}"
            if self.chance(0.5)
            else f"{h12}:{m:02d}{'am' if h < 12 else 'pm'}"
        )


def typos(r: random.Random, rate: float = 0.08) -> Callable[[str], str]:
    """Lower-case texting noise for plain text: swapped, dropped and doubled letters, short forms."""
    short = {"you": "u", "your": "ur", "please": "pls", "because": "bc", "thanks": "thx", "tomorrow": "tmrw",
             "appointment": "appt", "with": "w", "before": "b4"}  # fmt: skip

    def noise(s: str) -> str:
        out = []
        for w in re.split(r"(\s+)", s):
            lw = w.lower()
            if lw in short and r.random() < 0.5:
                w = short[lw]
            elif len(w) > 3 and w.isalpha() and r.random() < rate:
                i = r.randrange(len(w) - 1)
                op = r.randrange(3)
                if op == 0:
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                elif op == 1:
                    w = w[:i] + w[i + 1 :]
                else:
                    w = w[:i] + w[i] + w[i:]
            out.append(w)
        return "".join(out)

    return noise


# ---------------------------------------------------------------- messages

RELATIONS = ("wife", "husband", "daughter", "son", "mother", "father", "sister", "brother", "neighbor", "niece")
REL_SEX = {"wife": "F", "husband": "M", "daughter": "F", "son": "M", "mother": "F", "father": "M", "sister": "F",
           "brother": "M", "niece": "F", "Wife": "F", "Daughter": "F", "Son": "M", "Husband": "M"}  # fmt: skip


def _sig_staff(g: Gen, p: Person) -> list:
    """How front-desk and nursing staff sign: a NAME span plus a credential outside it."""
    form = g.r.randrange(6)
    if form == 0:
        return ["-", g.name(p, "ini_lower")]
    if form == 1:
        return [g.name(p, "full"), g.pick((", MA", ", RN", " (PSR)", ", LPN", " CMA"))]
    if form == 2:
        return [g.name(p, "first_init"), " / front desk"]
    if form == 3:
        return ["Taken by: ", g.name(p, "lf")]
    if form == 4:
        return [g.name(p, "ini."), " ", g.pick(("RN", "MA", "LPN"))]
    return [g.name(p, "f_last"), ", ", g.pick(("RN", "MA", "scheduler"))]


def m_phone_encounter(g: Gen) -> Doc:
    d = Doc()
    pt, staff, doc = g.person(), g.person(), g.person()
    rel = g.pick(RELATIONS)
    caller = g.person(sex=REL_SEX.get(rel), locale=pt.locale)
    if rel != "neighbor":
        caller.surname, caller.smarked = pt.surname, pt.smarked
    when = g.day()
    reason = g.r.randrange(6)
    age = g.age_of(pt, 1.0 if reason == 2 else 0.1)
    if g.chance(0.5):
        d.line("TELEPHONE ENCOUNTER")
        d.line(
            "Patient: {n}   DOB: {dob}   MRN: {mrn}",
            n=g.name(pt, g.pick(("lfm", "lf", "lfm."))),
            dob=g.date(g.dob(age), "mdy0"),
            mrn=g.mrn(),
        )
        d.line("Caller: {c} ({rel})   Callback: {ph}", c=g.name(caller, "full"), rel=rel, ph=g.phone())
        d.line("Date/Time: {dt} {t}", dt=g.date(when, "mdy0"), t=g.time())
        d.line()
    else:
        d.line("Phone Note - {dt} {t}", dt=g.date(when, g.pick(("mdy", "short"))), t=g.time("ampm"))
        d.line("Re: {n} ({mrn})", n=g.name(pt, g.pick(("full", "upper", "inits"))), mrn=g.mrn())
    who = g.name(caller, g.pick(("first", "full", "first")))
    d.add(
        g.pick(("Pt's {rel} {who} called ", "Pt's {rel} {who} called back ", "{who} (pt's {rel}) called ")),
        rel=rel,
        who=who,
    )
    if reason == 0:
        d.add(
            "stating pt has been more confused since starting {drug} on {md}. No fever per {rel}. ",
            drug=g.drug(),
            md=g.date(g.day(), g.pick(("md", "mon_th", "wd_md"))),
            rel=rel,
        )
    elif reason == 1:
        d.add(
            "requesting refill of {drug}, pt is out as of {md}. Uses {ph} on {st}, phone {pp}. ",
            drug=g.drug(),
            md=g.date(g.day(), g.pick(("md", "wd_full"))),
            ph=g.facility("pharmacy"),
            st=g.street(unit=False),
            pp=g.phone(style="dash"),
        )
    elif reason == 2:
        d.add(
            "to report pt fell at home last night, no LOC, now c/o R hip pain. Pt is {age} and lives alone in {town}. Advised ED if pain worsens or unable to bear weight. ",
            age=g.age90(g.pick(("num", "word")), age),
            town=P(g.town(), "LOCATION"),
        )
    elif reason == 3:
        d.add(
            "asking if pt can get the flu shot while being treated for {epo} and on {drug}. ",
            epo=g.eponym(),
            drug=g.drug(),
        )
    elif reason == 4:
        label = g.cpt()
        d.add(
            "asking for results of the {lab} (CPT {c}) done {dt} at {f}. ",
            lab=label[1],
            c=label[0],
            dt=g.date(g.day(), "any"),
            f=g.facility(g.pick(("lab", "hospital"))),
        )
    else:
        d.add(
            "states pt was discharged from {f} {md} and has no f/u appt. Needs hospital f/u w/ Dr. {doc} within 7 days. ",
            f=g.facility("hospital"),
            md=g.date(g.day(), g.pick(("md", "wd_md", "spoken_md"))),
            doc=g.name(doc, "last"),
        )
    d.add(
        g.pick(
            (
                "Best callback {ph} after {t}. ",
                "Please call {ph}, ok to leave msg. ",
                "{rel} asks for call back at {ph} (cell). ",
            )
        ),
        ph=g.phone(),
        t=g.clinic_time(),
        rel=rel.capitalize(),
    )
    d.line(
        g.pick(
            ("Routed to {dept} pool.", "Routed to Dr. {doc}'s nurse ({dept}).", "Sent to {dept} and Dr. {doc}'s MA.")
        ),
        dept=g.dept(
            "Cardiology", "Neurology", "Endocrinology", "Nephrology", "Pulmonology", "Case Management", "Rheumatology"
        ),
        doc=g.name(doc, g.pick(("last", "last", "full"))),
    )
    d.seg(_sig_staff(g, staff))
    return d


def m_schedule_thread(g: Gen) -> Doc:
    d = Doc()
    pt, doc, sched = g.person(), g.person(), g.person()
    appt = g.day()
    fac = g.facility(g.pick(("clinic", "hospital")))
    d.line("From: {n}", n=g.name(pt, g.pick(("full", "upper", "lower"))))
    d.line(
        "To: {dept}",
        dept=g.dept(
            "Central Scheduling", "Orthopedics", "Dermatology", "Gastroenterology", "Sleep Medicine", "Pain Management"
        ),
    )
    d.line(
        "Subject: {s} {dt}",
        s=g.pick(("Reschedule -", "need to move appt", "RE: appointment", "Cancel/resched")),
        dt=g.date(appt, g.pick(("md", "mdy", "wd_md"))),
    )
    d.line()
    d.add(
        "Hi, I have an appointment on {dt} at {t} with Dr. {doc} at the {fac} office. ",
        dt=g.date(appt, g.pick(("wd_md", "long_wd", "wd_long", "md"))),
        t=g.clinic_time(),
        doc=g.name(doc, g.pick(("last", "full"))),
        fac=fac,
    )
    d.add(
        g.pick(
            (
                "My daughter's wedding got moved so I cannot make it. ",
                "I start a new job at {emp} that week. ",
                "My ride fell through, my son {son} works days now. ",
                "I tested positive for covid. ",
            )
        ),
        emp=g.facility("employer"),
        son=g.name(g.person(), "first"),
    )
    d.line(
        "Can I get something the week of {wk}? Mornings are best. My cell is {ph}.",
        wk=g.date(g.day(), g.pick(("md", "mon_th", "md_th"))),
        ph=g.phone(),
    )
    d.line("Thank you, {n}", n=g.name(pt, g.pick(("first", "full", "nick_only" if pt.nick else "first"))))
    d.line()
    d.line(
        "----- Reply from {s} ({dept}) {dt} -----",
        s=g.name(sched, g.pick(("full", "f_last"))),
        dept=g.dept("Central Scheduling"),
        dt=g.date(g.day(), "mdy0"),
    )
    d.add(
        g.pick(
            (
                "We have {a} at {t1} or {b} at {t2} with {np}, NP, or Dr. {doc} on {c}. ",
                "Dr. {doc}'s next opening is {c}; we also have {a} at {t1} or {b} at {t2} with {np}, NP. ",
            )
        ),
        a=g.date(g.day(), g.pick(("wd_long", "wd_md", "wd_full"))),
        t1=g.clinic_time(),
        b=g.date(g.day(), g.pick(("wd_md", "md", "mon_th"))),
        t2=g.clinic_time(),
        np=g.name(g.person(), "full"),
        doc=g.name(doc, "last"),
        c=g.date(g.day(), g.pick(("long", "short", "md"))),
    )
    d.line("Your confirmation # is {cid}.", cid=P(f"{g.letters(2)}{g.digits(6)}", "ID"))
    d.line()
    d.line("----- {n} -----", n=g.name(pt, "full"))
    d.add(
        g.pick(("the {x} works, thank you!!", "{x} please. will i get a text reminder?", "ok {x} at {t}")),
        x=g.date(g.day(), g.pick(("md_th", "mon_th", "wd_md"))),
        t=g.clinic_time(),
    )
    return d


def m_sms_thread(g: Gen) -> Doc:
    d = Doc()
    pt = g.person()
    fac = g.facility("clinic")
    appt = g.day()
    ph = g.phone(style=g.pick(("plus", "paren", "plain")), ext=False)
    base = g.day()
    stamp = g.pick(("[{d}, {t}]", "{d} {t} -", "({d} {t})"))
    clock = g.times(6, "12h")

    def ts() -> list:
        parts = re.split(r"(\{d\}|\{t\})", stamp)
        out: list = []
        for x in parts:
            if x == "{d}":
                out.append(g.date(base, g.pick(("mdyy", "mdyy0", "mdy"))))
            elif x == "{t}":
                out.append(clock.pop(0))
            elif x:
                out.append(x)
        return out

    d.line("SMS log - patient line {ph}", ph=ph)
    d.seg(ts())
    d.line(
        " {fac}: Hi {n}, this is a reminder of your appt on {dt} at {t} at {addr}. Reply C to confirm, R to reschedule.",
        fac=fac, n=g.name(pt, g.pick(("first", "first", "nick_only", "upper"))), dt=g.date(appt, g.pick(("wd_md", "wd_long", "md"))), t=g.clinic_time(), addr=g.street(),
    )  # fmt: skip
    d.seg(ts())
    d.line(" Patient: {x}", x=g.pick(("R", "r", "C", "can i come earlier", "who is this?")))
    d.seg(ts())
    d.line(
        " {fac}: Please call {ph2} to reschedule, or book online at {u}",
        fac=fac,
        ph2=g.phone(style="dash"),
        u=g.url(g.pick(("portal", "form"))),
    )
    d.seg(ts())
    d.line(
        g.pick((
            " Patient: this is {rel} of {n2}, " + ("she" if pt.sex == "F" else "he") + " is {age} and cant drive anymore, can we do a video visit",
            " Patient: ok. also my new address is {addr2} {town} so pls update",
            " Patient: i called 3 times no answer. my mychart login is {user} it keeps locking me out",
            " Patient: can u send the forms to {em}",
        )),
        rel=g.pick(("daughter", "son", "granddaughter")), n2=g.name(pt, "first"), age=g.age90(g.pick(("num", "word"))), addr2=g.street(), town=P(g.town(), "LOCATION"),
        user=P(f"{pt.given.lower()}{pt.surname[:3].lower()}{g.digits(2)}", "ID"), em=g.email(pt),
    )  # fmt: skip
    d.seg(ts())
    d.add(" {fac}: Thank you, message forwarded to {s}.", fac=fac, s=g.name(g.person(), g.pick(("first", "full"))))
    return d


def m_dictated(g: Gen) -> Doc:
    d = Doc(case="lower")
    pt = g.person()
    d.add(
        "this is {n} date of birth {dob} ", n=g.name(pt, "full"), dob=g.date(g.dob(), g.pick(("spoken", "spoken_num")))
    )
    d.add(
        g.pick(
            (
                "calling about my {drug} prescription period ",
                "i need to talk to the nurse about my {drug} comma it makes me dizzy period ",
                "sending this by voice because my hands are bad period ",
            )
        ),
        drug=g.drug(),
    )
    d.add(
        "new paragraph my pharmacy is {ph} on {st} comma the phone number there is {pp} period ",
        ph=g.facility("pharmacy"),
        st=g.street(unit=False),
        pp=g.phone(style=g.pick(("spaced", "plain", "dash")), ext=False),
    )
    d.add(
        g.pick(
            (
                "i saw doctor {doc} on {dt} and she said to call if my sugars stay over 300 period ",
                "my wife {w} is the one who picks it up period ",
                "the last refill was on {dt} period ",
            )
        ),
        doc=g.name(g.person(), "last"),
        dt=g.date(g.day(), g.pick(("spoken_md", "spoken"))),
        w=g.name(g.person(sex="F", locale=pt.locale), "full"),
    )
    if g.chance(0.5):
        d.add("my insurance is {ins} and the member number is {m} period ", ins=g.insurer(), m=g.member())
    d.add(
        g.pick(
            (
                "you can call me back at {ph} thank you period",
                "call back number {ph} period end of message",
                "thank you bye period",
            )
        ),
        ph=g.phone(style=g.pick(("spaced", "plain")), ext=False),
    )
    return d


def m_typo_lower(g: Gen) -> Doc:
    d = Doc(case="lower", noise=typos(g.r, 0.12))
    pt, doc = g.person(), g.person()
    d.add(
        g.pick(("hi ", "hello ", "dr {doc} ", "hey its {me} ")),
        doc=g.name(doc, g.pick(("last", "lower"))),
        me=g.name(pt, g.pick(("first", "lower_first", "nick_only"))),
    )
    if g.chance(0.5):
        d.add(g.pick(("im {a} and ", "i am {a} yrs old and ", "im a {a} yo ")).format(a=g.r.randint(19, 79)))
    d.add(
        g.pick(
            (
                "i went to the urgent care on {st} on {dt} because my ankle is swollen and they said to follow up with you ",
                "my {drug} is not working anymore and i still cant sleep since {dt} ",
                "i think i have {epo} again like last year, the right side of my face feels droopy since {dt} ",
                "the lab at {lab} lost my blood work from {dt} and they want me to come back ",
            )
        ),
        st=g.street(unit=False),
        dt=g.date(g.day(), g.pick(("md", "mdyy", "wd_md", "mon_th"))),
        drug=g.drug(),
        epo=g.eponym(),
        lab=g.facility("lab"),
    )
    d.add(g.pick(("can you call me at {ph} ", "my number changed its {ph} ", "text me {ph} pls ")), ph=g.phone())
    if g.chance(0.5):
        d.add(
            "my mom {m} is {age} and she can drive me if its before {t} ",
            m=g.name(g.person(sex="F", locale=pt.locale), g.pick(("first", "full"))),
            age=g.age90("num"),
            t=g.clinic_time(),
        )
    if g.chance(0.4):
        d.add("also my email is {em} ", em=g.email(pt))
    d.add(
        g.pick(("thx {n}", "thank you\n{n}", "- {n}", "ty\n{n}")),
        n=g.name(pt, g.pick(("lower", "lower_first", "ini_lower", "full"))),
    )
    return d


def m_interpreter(g: Gen) -> Doc:
    d = Doc()
    pt, staff = g.person(), g.person()
    lang = "Thai" if pt.locale == "th" else "Sinhala"
    appt = g.day()
    d.line("To: {dept}", dept=g.dept("Interpreter Services"))
    d.line(
        "From: {s}, {dept}",
        s=g.name(staff, g.pick(("full", "lf"))),
        dept=g.dept("Oncology", "Cardiology", "Neurology", "Labor and Delivery", "Nephrology", "Orthopedics"),
    )
    d.line(
        "RE: {lang} interpreter needed - {n} (MRN {mrn})",
        lang=lang,
        n=g.name(pt, g.pick(("upper", "lfm", "full"))),
        mrn=g.mrn(),
    )
    d.line()
    d.add(
        "Please schedule an in-person {lang} interpreter for {dt} at {t}, {fac}, {room}. ",
        lang=lang, dt=g.date(appt, g.pick(("long_wd", "wd_md", "mdy0", "short"))), t=g.clinic_time(), fac=g.facility("hospital"), room=g.pick(("3rd floor infusion", "Suite 210", "bay 4", "room 1127")),
    )  # fmt: skip
    d.add(
        g.pick(
            (
                "Patient's son {x} usually interprets but we cannot use family for consent. ",
                "Pt prefers a female interpreter. Husband {x} will attend. ",
                "Video interpreter failed last visit ({dt}). ",
            )
        ),
        x=g.name(g.person(locale=pt.locale), g.pick(("first", "full", "nick_only"))),
        dt=g.date(g.day(), g.pick(("md", "mdy"))),
    )
    d.add(
        "Consent for {proc} will be signed. ",
        proc=g.pick(("port placement", "colonoscopy", "cardiac cath", "C-section", "AV fistula")),
    )
    d.line("Family contact: {ph}.", ph=g.phone())
    d.add("Thanks, {n} ({ph})", n=g.name(staff, "first"), ph=g.phone(ext=True))
    return d


def m_billing(g: Gen) -> Doc:
    d = Doc()
    pt = g.person()
    guar = g.person(locale=pt.locale) if g.chance(0.4) else pt
    d.line(
        "Subject: {s}",
        s=g.pick(("Bill I do not owe", "Payment plan request", "Question about statement", "Charged twice??")),
    )
    d.line("Account #: {a}", a=g.account())
    d.line()
    d.add("To {dept}, ", dept=g.dept("Patient Financial Services"))
    d.add(
        "I got a statement dated {sd} for ${amt} for my visit at {fac} on {dos}. ",
        sd=g.date(g.day(), g.pick(("mdy0", "short", "long"))), amt=f"{g.r.randint(80, 4800)}.{g.digits(2)}", fac=g.facility(g.pick(("hospital", "clinic", "lab"))), dos=g.date(g.day(), g.pick(("mdy", "md", "long"))),
    )  # fmt: skip
    kind = g.r.randrange(4)
    if kind == 0:
        c = g.cpt()
        d.add(
            "The code {c} was billed but my {ins} EOB says it was denied as not medically necessary (claim {cl}). My member ID is {m}. ",
            c=c[0],
            ins=g.insurer(),
            cl=g.id(),
            m=g.member(),
        )
    elif kind == 1:
        d.add(
            "I cannot pay this all at once. Can I set up a payment plan of $50 a month? I lost my job at {emp} in {mon}. ",
            emp=g.facility("employer"),
            mon=g.pick(MONTHS),
        )
    elif kind == 2:
        code = g.pick(HCPCS)
        d.add(
            "It includes rental of a {lbl} ({hc}, {mk}) serial number {sn} that was picked up on {dt}. Why am I still being charged? ",
            lbl=code[1],
            hc=g.code(code[0]),
            mk=g.maker("Invacare", "Hill-Rom", "Philips", "ResMed", "Drive Medical"),
            sn=g.serial(),
            dt=g.date(g.day(), g.pick(("md", "mdy"))),
        )
    else:
        d.add(
            "I paid with my card on {dt} (confirmation {cf}) through {u} and it still shows a balance. ",
            dt=g.date(g.day(), "any"),
            cf=P(f"{g.letters(3)}{g.digits(8)}", "ID"),
            u=g.url("pay"),
        )
    if guar is not pt:
        d.add(
            "The guarantor is my {rel} {n}, guarantor account {ga}. ",
            rel=g.pick(("husband", "father", "mother", "wife")),
            n=g.name(guar, "full"),
            ga=g.account(),
        )
    d.line("Please call me at {ph} or mail to {addr}.", ph=g.phone(), addr=g.address_lines())
    d.add(
        "{n}\nDOB {dob}", n=g.name(pt, g.pick(("full", "fml", "inits"))), dob=g.date(g.dob(), g.pick(("mdy0", "mdy")))
    )
    return d


def m_fmla(g: Gen) -> Doc:
    d = Doc()
    pt, doc, hr = g.person(), g.person(), g.person()
    emp = g.facility("employer")
    carrier = K(g.pick(LEAVE_CARRIERS), "insurer")
    icd = g.icd()
    d.line("Message to Dr. {doc}'s office", doc=g.name(doc, "last"))
    d.add(
        "I need my {form} filled out for my employer {emp}. ",
        form=g.pick(
            ("FMLA paperwork", "short-term disability form", "intermittent FMLA certification", "return-to-work form")
        ),
        emp=emp,
    )
    d.add(
        "The claim is through {c}, claim # {cl}, and my employee ID is {eid}. ",
        c=carrier,
        cl=P(f"{g.digits(8)}-{g.digits(2)}" if g.chance(0.5) else f"{g.letters(1)}{g.digits(9)}", "ID"),
        eid=P(f"{g.letters(1)}{g.digits(6)}", "ID"),
    )
    d.add(
        "Dates off are {a} through {b} for my {dx} ({icd}). ",
        a=g.date(off := g.day(), g.pick(("mdy", "md", "short"))), b=g.date(g.near(off, 3, 45), g.pick(("mdy", "md", "short"))), dx=icd[1], icd=icd[0],
    )  # fmt: skip
    d.add(
        "It is due {due}. Please fax to {hr} in HR at {fx} or email {em}. ",
        due=g.date(g.day(), g.pick(("wd_md", "wd_long", "md_th"))),
        hr=g.name(hr, g.pick(("full", "first", "lf"))),
        fx=g.phone("FAX", style=g.pick(("dash", "paren", "one"))),
        em=g.email(hr, work=f"{g.slug()}.com"),
    )
    if g.chance(0.5):
        d.add("I also uploaded it here: {u}. ", u=g.url("drive"))
    if g.chance(0.4):
        d.add("My SSN is on the form as {ssn}. ", ssn=g.ssn())
    d.line()
    d.add("{n}\n{ph}", n=g.name(pt, g.pick(("full", "upper", "inits", "nick"))), ph=g.phone())
    return d


def m_excuse(g: Gen) -> Doc:
    d = Doc()
    pt, doc = g.person(), g.person()
    kind = g.r.randrange(3)
    if kind == 0:
        court = g.facility("court")
        d.add(
            "I got a jury summons from {c} for {dt}, juror number {j}. ",
            c=court,
            dt=g.date(g.day(), g.pick(("long_wd", "long", "mdy"))),
            j=P(f"{g.digits(2)}-{g.digits(5)}", "ID"),
        )
        d.add(
            "Dr. {doc} knows about my {epo} and I cannot sit for hours. Can I get a letter excusing me? They need it faxed to the jury office at {fx}. ",
            doc=g.name(doc, "last"),
            epo=g.eponym(),
            fx=g.phone("FAX"),
        )
    elif kind == 1:
        kid = g.person(sex="M", locale=pt.locale)
        kid.surname, kid.smarked = pt.surname, pt.smarked
        sch = g.facility("school")
        d.add(
            "My son {k} (DOB {dob}) missed school {a} to {b} with strep. {sch} needs a note with his student ID {sid}. ",
            k=g.name(kid, g.pick(("full", "first"))),
            dob=g.date(g.dob(g.r.randint(6, 17)), "mdy0"),
            a=g.date(off := g.day(), "md"),
            b=g.date(g.near(off, 1, 4), "md"),
            sch=sch,
            sid=P(g.digits(g.pick((6, 7, 9))), "ID"),
        )
        d.add("The attendance office email is {em}. ", em=g.email(g.person(), work=f"{g.slug()}schools.org"))
    else:
        emp = g.facility("employer")
        d.add(
            "I need a work note for {dt} and {dt2}. My supervisor {s} at {emp} says I need it by {due} or it counts as a no call no show. ",
            dt=g.date(g.day(), g.pick(("wd_md", "md"))),
            dt2=g.date(g.day(), g.pick(("wd_md", "md", "mon_th"))),
            s=g.name(g.person(), g.pick(("full", "first", "upper"))),
            emp=emp,
            due=g.date(g.day(), g.pick(("wd_full", "md"))),
        )
        d.add("Their fax is {fx}. ", fx=g.phone("FAX"))
    d.add(
        "I was seen in {dept} on {dt}. ",
        dept=g.dept("Emergency Department", "Orthopedics", "Pulmonology", "Neurology"),
        dt=g.date(g.day(), "any"),
    )
    d.add(
        g.pick(("Thanks,\n{n}", "{n}", "Thank you so much! - {n}")),
        n=g.name(pt, g.pick(("full", "first", "fml", "ini"))),
    )
    if g.chance(0.35):
        d.add("\n\nSent from my iPhone")
    return d


def m_referral(g: Gen) -> Doc:
    d = Doc()
    pt, pcp, spec = g.person(), g.person(), g.person()
    dept = g.dept(
        "Cardiology",
        "Gastroenterology",
        "Neurology",
        "Rheumatology",
        "Urology",
        "Endocrinology",
        "Dermatology",
        "Sleep Medicine",
    )
    d.add(
        g.pick(
            (
                "Hello, Dr. {p} sent a referral to {dept} on {dt} (referral # {rid}) ",
                "Hi, Dr. {p}'s office sent a referral to {dept} on {dt} (referral # {rid}) ",
            )
        ),
        p=g.name(pcp, g.pick(("last", "full"))),
        dept=dept,
        dt=g.date(g.day(), g.pick(("md", "mdy", "long"))),
        rid=P(f"REF-{g.r.randint(2024, 2025)}-{g.digits(6)}", "ID"),
    )
    d.add("for my {epo}. It has been 5 weeks and nobody called. ", epo=g.eponym())
    d.add(
        g.pick(
            (
                "{ins} says they need an authorization number, the one I have is {auth}. ",
                "The specialist office, Dr. {s} at {fac}, says they never got the fax. Their fax is {fx}. ",
                "I was told to call {ph} but it just rings. ",
            )
        ),
        ins=g.insurer(),
        auth=P(f"{g.digits(4)}-{g.digits(4)}-{g.digits(2)}", "ID"),
        s=g.name(spec, g.pick(("last", "full"))),
        fac=g.facility(g.pick(("clinic", "hospital"))),
        fx=g.phone("FAX"),
        ph=g.phone(),
    )
    if g.chance(0.5):
        d.add("My member number is {m}. ", m=g.member())
    d.add(
        "Can someone check? {n}, DOB {dob}, ph {ph}",
        n=g.name(pt, g.pick(("full", "lf", "upper"))),
        dob=g.date(g.dob(), g.pick(("mdy", "mdy0", "mdyy"))),
        ph=g.phone(),
    )
    return d


def m_guardian(g: Gen) -> Doc:
    d = Doc()
    wrel = g.pick(("mother", "father", "aunt", "uncle", "grandmother"))
    ward = g.person(sex="M" if wrel in ("father", "uncle") else "F")
    me = g.person(locale=ward.locale)
    poa = g.pick(("legal guardian", "health care power of attorney", "durable POA", "court-appointed guardian"))
    d.add(
        "I am the {poa} for my {rel} {w} (DOB {dob}), who is {age} and lives at {snf}. ",
        poa=poa,
        rel=wrel,
        w=g.name(ward, g.pick(("full", "inits", "fml", "nick"))),
        dob=g.date(g.dob(g.age_of(ward, 1.0)), g.pick(("mdy", "long", "mdy0"))),
        age=g.age90(g.pick(("num", "num", "word")), ward.age),
        snf=g.facility("snf"),
    )
    if g.chance(0.6):
        d.add(
            "The letters of guardianship from {c} are case no. {cn}, I uploaded them {dt}. ",
            c=g.facility("court"),
            cn=P(
                f"{g.r.randint(2019, 2025)}-GU-{g.digits(5)}" if g.chance(0.5) else f"PR{g.digits(2)}-{g.digits(4)}",
                "ID",
            ),
            dt=g.date(g.day(), g.pick(("md", "wd_md"))),
        )
    d.add(
        g.pick(
            (
                "The nursing home wants to start {drug} and I do not agree until I talk with Dr. {doc}. ",
                "Please do not discuss {her} care with my brother {b}, he is not on the paperwork. ",
                "{He} has {epo} and {her} {mcare} number is {m}; the home says the new ID card never came. ",
                "{Her} {drug} was stopped after the fall on {dt} and nobody told me. ",
            )
        ),
        he=(he := "he" if ward.sex == "M" else "she"),
        He=he.capitalize(),
        her=(her := "his" if ward.sex == "M" else "her"),
        Her=her.capitalize(),
        drug=g.drug(),
        doc=g.name(g.person(), g.pick(("last", "full"))),
        b=g.name(g.person(locale=ward.locale), g.pick(("full", "first"))),
        epo=g.eponym(),
        mcare=K("Medicare", "insurer"),
        m=g.member("mbi"),
        dt=g.date(g.day(), "any"),
    )
    d.add("My address for mail is {addr}. ", addr=g.address_lines())
    d.add("Call me at {ph}.\n{n}", ph=g.phone(), n=g.name(me, g.pick(("full", "fml", "upper"))))
    return d


def m_lab_paste(g: Gen) -> Doc:
    d = Doc()
    pt, doc = g.person(), g.person()
    coll = g.day()
    d.line(
        "Dr. {doc}, I got these from the lab before my visit, are they ok?", doc=g.name(doc, g.pick(("last", "full")))
    )
    d.line()
    d.line(
        "{lab}   Patient: {n}   Collected: {dt} {t}",
        lab=g.facility("lab"),
        n=g.name(pt, g.pick(("lfm", "upper", "lf"))),
        dt=g.date(coll, g.pick(("mdy0", "iso", "dmy-"))),
        t=g.time("mil"),
    )
    d.line("Accession: {a}   Ordering: {o}", a=g.accession(), o=g.name(doc, g.pick(("lfm.", "lf", "f_last"))))
    sep = g.pick((" | ", "\t"))
    rows = [("Test", "Result", "Flag", "Ref range")]
    pool = [("Hemoglobin A1c", f"{g.r.randint(55, 112) / 10:.1f}", "H", "4.0-5.6"), ("Glucose", str(g.r.randint(70, 260)), "", "70-99"),
            ("Creatinine", f"{g.r.randint(6, 28) / 10:.1f}", "", "0.6-1.3"), ("eGFR", str(g.r.randint(18, 98)), "L", ">60"),
            ("TSH", f"{g.r.randint(2, 90) / 10:.2f}", "", "0.40-4.50"), ("LDL", str(g.r.randint(40, 190)), "H", "<100"),
            ("Potassium", f"{g.r.randint(31, 56) / 10:.1f}", "", "3.5-5.1"), ("Hemoglobin", f"{g.r.randint(82, 161) / 10:.1f}", "L", "12.0-15.5")]  # fmt: skip
    g.r.shuffle(pool)
    rows += pool[: g.r.randint(3, 6)]
    for row in rows:
        d.line(sep.join(row).rstrip(" |\t"))
    d.line()
    d.add(
        g.pick(
            (
                "My {drug} dose was changed on {dt}. ",
                "I have been taking {drug} every day since {dt}. ",
                "The last one was done at {fac} on {dt} and it was lower. ",
            )
        ),
        drug=g.drug(),
        dt=g.date(g.day(), g.pick(("md", "long", "mon_th"))),
        fac=g.facility("hospital"),
    )
    d.add("{n}", n=g.name(pt, g.pick(("first", "full"))))
    if g.chance(0.5):
        d.add("\nSent from my iPhone")
    return d


def m_iphone(g: Gen) -> Doc:
    d = Doc(case="upper" if g.chance(0.2) else None)
    pt = g.person()
    d.add(
        g.pick(
            (
                "Quick question - can I take {drug} with my {drug2}? Pharmacy at {ph} said ask you. ",
                "My CPAP from {mk} stopped reading my mask, serial {sn}. Do I call the DME or you? ",
                "Is my {proc} on {dt} still on? Nobody called to confirm. ",
                "I left my reading glasses in room {room} on {dt}, can someone check? ",
            )
        ),
        drug=g.drug(),
        drug2=g.drug(),
        ph=g.facility("pharmacy"),
        mk=g.maker("ResMed", "Philips"),
        sn=g.serial(),
        proc=g.pick(("colonoscopy", "MRI", "stress test", "EGD")),
        dt=g.date(g.day(), g.pick(("wd_md", "md", "mon_th", "short"))),
        room=str(g.r.randint(201, 1180)),
    )
    d.line()
    d.line()
    d.line("{n}", n=g.name(pt, g.pick(("full", "first", "nick", "inits", "ini", "ini."))))
    d.add(
        g.pick(
            ("Sent from my iPhone", "Sent from my iPhone\n{ph}", "{ph}\nSent from my iPhone", "Sent from my Galaxy")
        ),
        ph=g.phone(),
    )
    return d


def m_group_home(g: Gen) -> Doc:
    d = Doc()
    res, staff, guardian = g.person(), g.person(), g.person()
    home = g.facility("home")
    d.line(
        "From: {s}, {role}, {h}",
        s=g.name(staff, g.pick(("full", "f_last"))),
        role=g.pick(("DSP", "house manager", "med tech", "QIDP")),
        h=home,
    )
    d.line("House phone: {ph}", ph=g.phone())
    d.line()
    d.add(
        "Writing about resident {r} (DOB {dob}, {mcaid} ID {mid}). ",
        r=g.name(res, g.pick(("full", "upper", "lf", "nick"))),
        dob=g.date(g.dob(), g.pick(("mdy0", "mdy"))),
        mcaid=K("Medicaid", "insurer"),
        mid=g.member("medicaid"),
    )
    d.add(
        g.pick(
            (
                "At the {t} med pass {r2} refused his {drug} and {drug2} again, 3rd time since {dt}. ",
                "{r2} had a seizure lasting about 2 min at {t} today, his {aed} level was drawn on {dt}. ",
                "She came back from day program at {dp} with a bruise on her left arm, incident report {ir} filed {dt}. ",
                "Pharmacy sent {drug} 10 mg instead of 5 mg, blister pack dated {dt}. ",
            )
        ),
        t=g.time(),
        r2=g.name(res, g.pick(("first", "nick_only", "nick_only"))),
        aed=K(g.pick(("Keppra", "Depakote", "levetiracetam", "lamotrigine")), "drug"),
        drug=g.drug(),
        drug2=g.drug(),
        dt=g.date(g.day(), g.pick(("md", "mdy", "wd_md"))),
        dp=g.facility("home"),
        ir=P(f"IR-{g.digits(6)}", "ID"),
    )
    d.add(
        g.pick(
            (
                "Guardian is {gd} ({ph}). ",
                "{r3}'s guardian is {gd} ({ph}). ",
                "{r3}'s mom {gd} is guardian, cell {ph}. ",
            )
        ),
        gd=g.name(guardian, g.pick(("full", "lf"))),
        r3=g.name(res, g.pick(("first", "nick_only", "full"))),
        ph=g.phone(),
    )
    d.add("Home address {addr}. ", addr=g.address_lines())
    d.add("Please advise, {n}", n=g.name(staff, g.pick(("first", "ini"))))
    return d


def m_demographics(g: Gen) -> Doc:
    d = Doc()
    pt = g.person(sex="F")
    old = g.pick([x[0] for x in g.pools.surnames])
    d.line("Subject: Update my information")
    d.add(
        "I got married on {dt} and my last name is now {new} (was {old}). ",
        dt=g.date(g.day(), g.pick(("long", "mdy", "short"))),
        new=P(pt.s, "NAME"),
        old=P(old, "NAME"),
    )
    d.add("New address: {addr}. ", addr=g.address_lines())
    d.add("New phone {ph}. ", ph=g.phone())
    d.add(
        "My new insurance is {ins} through my husband {h}, member ID {m}, effective {ef}. ",
        ins=g.insurer(),
        h=g.name(g.person(sex="M"), g.pick(("full", "upper"))),
        m=g.member(),
        ef=g.date(g.day(), g.pick(("mdy", "mdy0", "iso"))),
    )
    d.add("Driver's license {dl} if you need it for ID. ", dl=g.dl())
    if g.chance(0.5):
        d.add("Last 9 of SSN {ssn}. ", ssn=g.ssn())
    d.add("\n{n} (MRN {mrn})", n=g.name(pt, g.pick(("full", "fml", "nick"))), mrn=g.mrn())
    return d


def m_security(g: Gen) -> Doc:
    d = Doc()
    pt = g.person()
    d.add(
        "I got an email at {em} that my patient portal was logged into on {dt} at {t} from IP address {ip} in {town}. ",
        em=g.email(pt),
        dt=g.date(g.day(), g.pick(("short", "mdy", "long_wd"))),
        t=g.time("ampm"),
        ip=g.ip(),
        town=P(g.town(), "LOCATION"),
    )
    d.add(
        "That was not me. My username is {u}. ",
        u=P(
            g.pick(
                (f"{pt.given.lower()}.{pt.surname.lower()}", f"{pt.given[0].lower()}{pt.surname.lower()}{g.digits(2)}")
            ),
            "ID",
        ),
    )
    d.add(
        g.pick(
            (
                "The link in the email was {url}, is that real? ",
                "It also says my proxy {x} was added, I never did that. ",
                "My last real login was {dt2} from home ({ip2}). ",
            )
        ),
        url=g.url("portal"),
        x=g.name(g.person(), g.pick(("full", "upper"))),
        dt2=g.date(g.day(), "md"),
        ip2=g.ip(),
    )
    d.add(
        "Please lock it. Call {ph}.\n{n}\nHealth Information Management ticket {tk}",
        ph=g.phone(),
        n=g.name(pt, g.pick(("full", "lf"))),
        tk=P(f"INC{g.digits(7)}", "ID"),
    )
    return d


def m_auto_claim(g: Gen) -> Doc:
    d = Doc()
    pt, adj = g.person(), g.person()
    d.add(
        "I was in a car accident on {dt} on {st} in {town}. ",
        dt=g.date(g.day(), g.pick(("long", "mdy", "wd_md"))),
        st=g.street(unit=False),
        town=P(g.town(), "LOCATION"),
    )
    d.add("I was seen at {fac} {dept}. ", fac=g.facility("hospital"), dept=g.dept("Emergency Department"))
    d.add(
        "{ins} needs the records for claim {cl}. Adjuster is {a}, {ph}. ",
        ins=K(g.pick(AUTO_INSURERS), "insurer"),
        cl=P(f"{g.digits(2)}-{g.digits(4)}{g.letters(1)}-{g.digits(3)}", "ID"),
        a=g.name(adj, g.pick(("full", "lf"))),
        ph=g.phone(ext=True),
    )
    d.add(
        "My car was a {y} {make} plate {pl}, VIN {vin}. ",
        y=str(g.r.randint(2012, 2024)),
        make=g.pick(("Honda Civic", "Toyota Camry", "Ford Escape", "Nissan Rogue", "Chevy Malibu")),
        pl=g.plate(),
        vin=g.vin(),
    )
    if g.chance(0.5):
        d.add("The other driver {o} was cited. ", o=g.name(g.person(), g.pick(("full", "upper", "lf"))))
    d.add("Do I send the form to {fx}?\n{n}", fx=g.phone("FAX"), n=g.name(pt, g.pick(("full", "fml"))))
    return d


MESSAGE_TEMPLATES = (
    m_phone_encounter, m_schedule_thread, m_sms_thread, m_dictated, m_typo_lower, m_interpreter, m_billing, m_fmla,
    m_excuse, m_referral, m_guardian, m_lab_paste, m_iphone, m_group_home, m_demographics, m_security, m_auto_claim,
)  # fmt: skip


# ---------------------------------------------------------------- clinical documents


def _pt_header(g: Gen, d: Doc, pt: Person, style: int | None = None) -> None:
    """A patient banner in one of several layouts."""
    style = g.r.randrange(4) if style is None else style
    age = g.age_of(pt, 0.2)
    dob = g.dob(age)
    form = g.pick(("", "", " ({a} y/o)", " ({a}yo)", "  Age: {a}"))
    shown: Seg = ""
    if form:
        pre, post = form.split("{a}")
        if style == 1:
            pre = pre.replace("  Age:", " | Age")
        shown = [pre, g.age90(a=age) if age >= 90 else str(age), post]
    if style == 0:
        d.line(
            "Patient: {n}   MRN: {mrn}   DOB: {dob}{shown}",
            shown=shown,
            n=g.name(pt, g.pick(("lfm", "lf", "lfm."))),
            mrn=g.mrn(),
            dob=g.date(dob, "mdy0"),
        )
    elif style == 1:
        d.line(
            "{n} | {mrn} | {dob}{shown} | CSN {csn}",
            shown=shown,
            n=g.name(pt, "lfm"),
            mrn=g.mrn(),
            dob=g.date(dob, g.pick(("mdy0", "mdy"))),
            csn=g.csn(),
        )
    elif style == 2:
        d.line(
            "NAME: {n}\nMRN: {mrn}\nDOB: {dob}",
            n=g.name(pt, g.pick(("upper", "lfm"))),
            mrn=g.mrn(),
            dob=g.date(dob, g.pick(("mdy0", "dmyc", "iso"))),
        )
    else:
        d.line(
            "Pt: {n} (MRN {mrn}), DOB {dob}, acct {acct}",
            n=g.name(pt, g.pick(("full", "lf", "inits"))),
            mrn=g.mrn(),
            dob=g.date(dob, "mdy"),
            acct=g.account(),
        )


def _vitals(g: Gen) -> str:
    return (
        f"BP {g.r.randint(88, 188)}/{g.r.randint(48, 108)}, HR {g.r.randint(48, 136)}, RR {g.r.randint(12, 32)}, "
        f"T {g.r.randint(359, 392) / 10:.1f} C, SpO2 {g.r.randint(84, 100)}% on {g.pick(('RA', '2 L NC', '4 L NC', 'NRB'))}"
    )


def _age_phrase(g: Gen, d: Doc, pt: Person) -> None:
    """The patient's age: 90 or more is AGE, under 90 plain text."""
    age = g.age_of(pt)
    d.add(g.pick(("{a} y/o ", "{a}yo ", "{a}-year-old ", "{a} yo ")), a=g.age90(a=age) if age >= 90 else str(age))


def _more(g: Gen, d: Doc, pt: Person, k: int) -> None:
    """`k` further narrative sentences (history, records, contacts), each with PHI or keep terms."""
    opts = list(range(12))
    g.r.shuffle(opts)
    for o in opts[:k]:
        if o == 0:
            d.add(
                "Outside records from {f} dated {dt} reviewed; prior {proc} there on {dt2}. ",
                f=g.facility("hospital"), dt=g.date(g.day(), g.pick(("mdy", "mdy0", "short"))),
                proc=g.pick(("EGD", "cardiac cath", "colonoscopy", "MRI brain", "echo")), dt2=g.date(g.day((2016, 1, 1), (2023, 12, 1)), g.pick(("mdy", "long", "mdy-"))),
            )  # fmt: skip
        elif o == 1:
            d.add(
                "Social: lives with {rel} in {town}; retired {job}; quit smoking in {y}. ",
                rel=g.pick(("spouse", "daughter", "son", "sister")), town=P(g.town(), "LOCATION"),
                job=g.pick(("machinist", "school cook", "bus driver", "nurse aide", "accountant")), y=str(g.r.randint(1985, 2020)),
            )  # fmt: skip
        elif o == 2:
            d.add(
                "Discussed with Dr. {x} ({dept}) at {t}, who agrees with the plan. ",
                x=g.name(g.person(), g.pick(("last", "full", "f_last"))), dept=g.dept(), t=g.time(),
            )  # fmt: skip
        elif o == 3:
            icd = g.icd()
            d.add(
                "PMH: {epo}, {lbl} ({icd}), s/p cholecystectomy {y}. ",
                epo=g.eponym(),
                lbl=icd[1],
                icd=icd[0],
                y=str(g.r.randint(1990, 2022)),
            )
        elif o == 4:
            d.add(
                "Emergency contact: {n} ({rel}) {ph}, alternate {ph2}. ",
                n=g.name(g.person(REL_SEX.get(rel := g.pick(RELATIONS)), pt.locale), g.pick(("full", "lf", "upper", "nick", "inits"))), rel=rel, ph=g.phone(), ph2=g.phone(),
            )  # fmt: skip
        elif o == 5:
            d.add(
                "Labs {dt}: Na 13{a}, K {k}, Cr {cr}, WBC {w}. ",
                dt=g.date(g.day(), g.pick(("md", "mdy"))), a=str(g.r.randint(0, 9)), k=f"{g.r.randint(31, 59) / 10:.1f}", cr=f"{g.r.randint(6, 40) / 10:.1f}", w=f"{g.r.randint(30, 190) / 10:.1f}",
            )  # fmt: skip
        elif o == 6:
            d.add(
                "Previously followed at {c} by {n}, NP; last visit {dt}. ",
                c=g.facility("clinic"), n=g.name(g.person(), g.pick(("full", "lf", "f_last"))), dt=g.date(g.day(), g.pick(("mdy", "short", "md"))),
            )  # fmt: skip
        elif o == 7:
            d.add(
                "Home meds {a} and {b} filled at {ph} ({pp}). ",
                a=g.drug(),
                b=g.drug(),
                ph=g.facility("pharmacy"),
                pp=g.phone(),
            )
        elif o == 8:
            d.add(
                "Works as a {job} at {emp}; work phone {ph}. ",
                job=g.pick(("line cook", "warehouse associate", "home health aide", "nail technician", "IT analyst")), emp=g.facility("employer"), ph=g.phone(ext=True),
            )  # fmt: skip
        elif o == 9:
            d.add(
                "Home health through {a}; nurse {n} visits twice weekly. ",
                a=g.facility("agency"), n=g.name(g.person(), g.pick(("first", "full", "nick_only"))),
            )  # fmt: skip
        elif o == 10:
            d.add(
                "Immunizations: influenza {dt} at {ph}; COVID-19 ({mk}) {dt2}, lot {lot}. ",
                dt=g.date(g.day(), g.pick(("mdy", "md"))), ph=g.facility("pharmacy"), mk=K(g.pick(("Pfizer", "Moderna", "Novavax")), "manufacturer"),
                dt2=g.date(g.day((2021, 1, 5), (2024, 10, 1)), g.pick(("mdy", "short"))), lot=g.code(f"{g.letters(2)}{g.digits(4)}"),
            )  # fmt: skip
        else:
            d.add(
                "{rel} {n} lives in {town} and calls daily ({ph}). ",
                rel=(rel := g.pick(("Daughter", "Son", "Sister", "Husband"))), n=g.name(g.person(REL_SEX.get(rel, "F"), pt.locale), g.pick(("first", "full", "nick"))), town=P(g.town(), "LOCATION"), ph=g.phone(),
            )  # fmt: skip
    if k:
        d.add("\n")


def c_triage(g: Gen) -> Doc:
    d = Doc()
    pt, rn = g.person(), g.person()
    d.line("ED TRIAGE NOTE   {dt} {t}", dt=g.date(g.day(), g.pick(("mdy0", "mdy"))), t=g.time("mil"))
    _pt_header(g, d, pt, g.pick((0, 1, 3)))
    d.add("Arrival: {how}. ", how=g.pick(("private vehicle", "walk-in", "EMS", "police")))
    if g.chance(0.4):
        d.add(
            "Driven by {rel} {n}, car left in ambulance bay (plate {pl}). ",
            rel=(rel := g.pick(RELATIONS)),
            n=g.name(g.person(REL_SEX.get(rel)), g.pick(("first", "full"))),
            pl=g.plate(),
        )
    d.add("CC: ")
    _age_phrase(g, d, pt)
    d.add(
        g.pick(
            (
                "{s} with chest pain x 2 hrs, hx {epo}. ",
                "{s} s/p fall at {snf}, on {drug}. ",
                "{s} with SOB, hx {epo}, uses {drug}. ",
                "{s} with L sided weakness, LKW {t}. ",
            )
        ),
        s=g.pick(("M", "F", "male", "female")),
        epo=g.eponym(),
        snf=g.facility("snf"),
        drug=g.drug(),
        t=g.time(),
    )
    d.line()
    d.line("Vitals: {v}. Pain 7/10.", v=_vitals(g))
    d.line(
        "ESI {e}. {clin} {gcs}. To {dept}.",
        e=str(g.r.randint(1, 4)),
        clin=K(g.pick(("GCS", "Glasgow Coma Scale")), "eponym"),
        gcs=f"{g.r.randint(9, 15)}",
        dept=g.dept("Emergency Department", "Telemetry", "ICU", "Step-Down Unit"),
    )
    _more(g, d, pt, g.r.randint(0, 2))
    d.seg([g.name(rn, g.pick(("full", "f_last", "lf"))), ", RN"])
    return d


def c_shift(g: Gen) -> Doc:
    d = Doc()
    pt, rn, fam = g.person(), g.person(), g.person()
    fam.surname, fam.smarked = pt.surname, pt.smarked
    d.line(
        "NURSING SHIFT NOTE ({shift}) - {dept}",
        shift=g.pick(("0700-1900", "1900-0700", "days", "nights")),
        dept=g.dept("Telemetry", "Step-Down Unit", "MICU", "Oncology", "Orthopedics", "Nephrology"),
    )
    _pt_header(g, d, pt)
    d.line(
        "Rm {rm}   Code status: {cs}",
        rm=f"{g.r.randint(2, 9)}{g.r.randint(10, 40)}{g.pick('AB')}",
        cs=g.pick(("Full code", "DNR/DNI", "DNR")),
    )
    d.line()
    d.add(
        "{t}: Assumed care. A&Ox{o}, {clin} 15. ",
        t=g.time("mil"),
        o=str(g.r.randint(1, 4)),
        clin=K(g.pick(("Glasgow Coma Scale", "GCS")), "eponym"),
    )
    if g.age_of(pt) >= 90:
        d.add("Pt is {age} per chart, hard of hearing. ", age=g.age90(a=pt.age))
    d.add("{drug} given at {t}. {iv} infusing per pharmacy. ", drug=g.drug(), t=g.time("mil"), iv=g.ivdrug())
    d.add("{fc} draining clear yellow urine. Braden {b}. ", fc=K("Foley catheter", "eponym"), b=str(g.r.randint(9, 20)))
    d.add(
        "{t}: {rel} {f} at bedside, asked for update; phone {ph}. ",
        t=g.time("mil"),
        rel=("Wife", "Daughter", "Husband", "Son")[(fam.sex == "M") * 2 + g.r.randrange(2)],
        f=g.name(fam, g.pick(("full", "first", "nick", "inits"))),
        ph=g.phone(),
    )
    if g.chance(0.5):
        d.add(
            "Per {rel}, pt lives with her in {town} and was independent until {dt}. ",
            rel=g.pick(("family", "daughter")),
            town=P(g.town(), "LOCATION"),
            dt=g.date(g.day(), g.pick(("md", "mon_th", "mdy"))),
        )
    d.add(
        "{t}: Dr. {doc} paged re BP {bp}, new orders received. ",
        t=g.time("mil"),
        doc=g.name(g.person(), g.pick(("last", "full"))),
        bp=f"{g.r.randint(80, 95)}/{g.r.randint(40, 55)}",
    )
    d.add("Fall precautions, {mfs} 55. Bed alarm on. ", mfs=K("Morse Fall Scale", "eponym"))
    _more(g, d, pt, g.r.randint(0, 4))
    d.line()
    d.seg([g.name(rn, g.pick(("full", "fml", "f_last"))), g.pick((", RN", " RN", ", BSN, RN"))])
    return d


def c_radiology(g: Gen) -> Doc:
    d = Doc()
    pt, rad, ordr = g.person(), g.person(), g.person()
    exam_d = g.day()
    exam = g.pick((("CT ABDOMEN AND PELVIS WITH CONTRAST", "74177"), ("CHEST 2 VIEWS", "71046"), ("CT HEAD WITHOUT CONTRAST", "70450"),
                   ("MRI LUMBAR SPINE WITHOUT CONTRAST", "72148"), ("US RIGHT UPPER QUADRANT", "76705")))  # fmt: skip
    d.line(
        "{fac} - DEPARTMENT OF {dept}", fac=g.facility(g.pick(("hospital", "lab"))), dept=K("RADIOLOGY", "department")
    )
    d.line("EXAM: {e}  (CPT {c})", e=exam[0], c=g.code(exam[1]))
    d.line(
        "Accession #: {a}   Exam date: {dt}",
        a=g.accession(),
        dt=g.date(exam_d, g.pick(("mdy0", "dmy-", "short", "compact"))),
    )
    _pt_header(g, d, pt, g.pick((0, 2)))
    d.line(
        "Ordering: {o}   Fax results: {fx}", o=g.name(ordr, g.pick(("lfm.", "lf", "full", "upper"))), fx=g.phone("FAX")
    )
    d.line()
    icd = g.icd()
    d.line("INDICATION: {lbl} ({icd}).", lbl=icd[1].capitalize(), icd=icd[0])
    d.add("COMPARISON: ")
    if g.chance(0.25):
        d.line("None.")
    else:
        d.add("{a}", a=g.date(g.day((2019, 1, 1), (2024, 5, 30)), g.pick(("mdy0", "mdy", "short", "long"))))
        if g.chance(0.6):
            d.add(
                " and {b} (outside study from {f}, accession {acc})",
                b=g.date(g.day((2017, 1, 1), (2023, 12, 30)), g.pick(("mdy", "iso", "short"))),
                f=g.facility("hospital"),
                acc=g.accession(),
            )
        d.line(".")
    d.line(
        "TECHNIQUE: {t} Contrast: {drug} {ml} mL IV, lot {lot}.",
        t=g.pick(("Axial images were obtained.", "Standard protocol.", "Routine views.")),
        drug=K("iohexol (Omnipaque 350)", "drug"),
        ml=str(g.r.randint(60, 100)),
        lot=g.code(f"{g.digits(2)}{g.letters(2)}{g.digits(3)}"),
    )
    d.line()
    d.line(
        "FINDINGS: {f}",
        f=g.pick(
            (
                "Interval increase in size of the 1.4 cm hypodense lesion in hepatic segment 7. No free air.",
                "No acute intracranial hemorrhage. Chronic small vessel ischemic changes.",
                "Mild cardiomegaly. No focal consolidation. Left PICC tip at the cavoatrial junction.",
                "L4-L5 broad-based disc bulge with moderate canal stenosis.",
                "Gallbladder wall thickening with positive sonographic Murphy sign.",
            )
        ),
    )
    d.line()
    d.line(
        "IMPRESSION: {i}",
        i=g.pick(
            (
                "Findings as above. Recommend follow-up in 3 months.",
                "No acute abnormality.",
                "Stable compared with prior.",
            )
        ),
    )
    if g.chance(0.5):
        d.line(
            "Critical result called to {n} at {t} on {dt}, read back confirmed.",
            n=g.name(ordr, g.pick(("full", "f_last"))),
            t=g.time("mil"),
            dt=g.date(exam_d, g.pick(("mdy", "md"))),
        )
    d.add(
        "Electronically signed by: {r}, MD  {dt} {t}",
        r=g.name(rad, g.pick(("full", "fml", "lf"))),
        dt=g.date(exam_d, "mdy0"),
        t=g.time("mil"),
    )
    return d


def c_operative(g: Gen) -> Doc:
    d = Doc()
    pt, surg, asst, anes = g.person(), g.person(), g.person(), g.person()
    day = g.day()
    proc = g.pick((("Right total knee arthroplasty", "27447", ("Stryker", "Zimmer Biomet", "DePuy Synthes", "Smith & Nephew")),
                   ("Dual-chamber pacemaker implantation", "33208", ("Medtronic", "Boston Scientific", "Abbott", "Biotronik")),
                   ("Left hip hemiarthroplasty", "27125", ("Stryker", "Zimmer Biomet", "DePuy Synthes")),
                   ("Laparoscopic cholecystectomy", "47562", ("Teleflex", "Medtronic"))))  # fmt: skip
    d.line("OPERATIVE REPORT")
    _pt_header(g, d, pt, g.pick((0, 1, 2)))
    d.line("Date of surgery: {dt}", dt=g.date(day, g.pick(("mdy0", "long", "mdy"))))
    d.line("Facility: {f}", f=g.facility("hospital"))
    d.line(
        "Surgeon: {s}, MD\nAssistant: {a}, PA-C\nAnesthesia: {an}, MD ({kind})",
        s=g.name(surg, g.pick(("full", "fml", "lf"))),
        a=g.name(asst, g.pick(("full", "f_last"))),
        an=g.name(anes, g.pick(("full", "lf", "f_last"))),
        kind=g.pick(("general", "spinal", "MAC")),
    )
    d.line("Procedure: {p} (CPT {c})", p=proc[0], c=g.code(proc[1]))
    icd = g.icd()
    d.line("Pre-op diagnosis: {lbl} {icd}", lbl=icd[1], icd=icd[0])
    d.line()
    d.add("Patient was identified in holding by name and DOB, consent verified. ")
    _age_phrase(g, d, pt)
    d.add(
        "patient placed supine; {pos} for line placement. Antibiotic: {abx} 2 g IV. ",
        pos=K("Trendelenburg", "eponym"),
        abx=K("cefazolin", "drug"),
    )
    if "chole" in proc[0]:
        d.add(
            "Cystic duct and artery clipped ({mk} clips, {model}, lot {lot}). Specimen: gallbladder to pathology. ",
            mk=g.maker(*proc[2]),
            model=g.code(f"REF {g.digits(6)}"),
            lot=g.code(f"{g.letters(1)}{g.digits(6)}"),
        )
    else:
        d.add(
            "Implants: {mk} {model}, serial {sn}; lot {lot}. ",
            mk=g.maker(*proc[2]),
            model=g.code(f"model {g.letters(3)}{g.digits(2)}"),
            sn=g.serial(),
            lot=g.code(f"{g.letters(1)}{g.digits(6)}"),
        )
        if g.chance(0.6):
            d.add("Second component serial {sn}. ", sn=g.serial())
    d.add(f"EBL {g.r.randint(10, 400)} mL. Counts correct x2. ")
    d.add(f"Tourniquet time {g.r.randint(30, 90)} min. " if "knee" in proc[0] else "")
    d.line()
    _more(g, d, pt, g.r.randint(0, 3))
    d.line(
        "Disposition: {dept} then floor. Findings discussed with {rel} {n} in the waiting room ({ph}).",
        dept=g.dept("PACU"),
        rel=(rel := g.pick(("wife", "son", "daughter", "husband"))),
        n=g.name(g.person(REL_SEX[rel], pt.locale), g.pick(("first", "full"))),
        ph=g.phone(),
    )
    d.add(
        "Dictated by {s}, MD on {dt}. Job #{job}",
        s=g.name(surg, g.pick(("full", "last", "fml"))),
        dt=g.date(day, g.pick(("mdy", "mdy0"))),
        job=P(g.digits(7), "ID"),
    )
    return d


def c_consult(g: Gen) -> Doc:
    d = Doc()
    pt, req, cons = g.person(), g.person(), g.person()
    dept = g.dept("Cardiology", "Nephrology", "Neurology", "Endocrinology", "Gastroenterology", "Rheumatology")
    d.line("{dept} CONSULTATION", dept=dept)
    _pt_header(g, d, pt)
    d.line(
        "Requesting physician: Dr. {r} ({svc})   Date: {dt}",
        r=g.name(req, g.pick(("full", "last", "lf"))),
        svc=g.pick(("Hospitalist", "Surgery", "ED")),
        dt=g.date(g.day(), g.pick(("mdy", "mdy0", "short"))),
    )
    d.line()
    d.add("Reason: ")
    d.add(
        g.pick(("evaluate for {epo}. ", "AKI on CKD, ? contrast. ", "new {epo}, on {drug}. ")),
        epo=g.eponym(),
        drug=g.drug(),
    )
    d.add("HPI: ")
    _age_phrase(g, d, pt)
    d.add(
        "{sex} from {town} (born in {bp}) with {epo} followed by Dr. {pcp} at {clinic}. ",
        sex=g.pick(("man", "woman")),
        town=P(g.town(), "LOCATION"),
        bp=[P(g.pick(g.pools.places), "LOCATION"), ", Thailand"] if pt.locale == "th" else "Sri Lanka",
        epo=g.eponym(),
        pcp=g.name(g.person(), g.pick(("last", "full"))),
        clinic=g.facility("clinic"),
    )
    d.add(
        "Last seen there {dt}. Meds include {d1}, {d2} and {d3}. ",
        dt=g.date(g.day(), g.pick(("md", "mdy", "short"))),
        d1=g.drug(),
        d2=g.drug(),
        d3=g.drug(),
    )
    d.add(
        "Exam notable for a positive {sign}. ",
        sign=K(
            g.pick(
                (
                    "Murphy sign",
                    "Babinski sign",
                    "Tinel sign",
                    "Phalen test",
                    "McMurray test",
                    "Romberg",
                    "Dix-Hallpike",
                )
            ),
            "eponym",
        ),
    )
    d.line()
    _more(g, d, pt, g.r.randint(1, 5))
    d.line("Recommendations:")
    d.line(
        "1. {a}",
        a=g.pick(("Hold {drug}.", "Start {drug} at low dose.", "Check TSH, free T4.")).replace("{drug}", g.pick(DRUGS)),
    )
    d.line(
        "2. Outpatient f/u in our clinic ({fac}) in 2 weeks, clinic phone {ph}.",
        fac=g.facility("clinic"),
        ph=g.phone(ext=g.chance(0.4)),
    )
    d.line("3. Records from {f} requested by fax {fx}.", f=g.facility("hospital"), fx=g.phone("FAX"))
    d.add(
        "Thank you for this consult. {c}, MD, {dept}",
        c=g.name(cons, g.pick(("full", "fml", "inits"))),
        dept=g.dept("Cardiology", "Nephrology", "Neurology", "Endocrinology"),
    )
    return d


def c_case_mgmt(g: Gen) -> Doc:
    d = Doc()
    pt, cm, poa = g.person(), g.person(), g.person()
    d.line(
        "{dept} / {sw} NOTE   {dt}",
        dept=g.dept("Case Management"),
        sw=K("Social Work", "department"),
        dt=g.date(g.day(), g.pick(("mdy0", "mdy"))),
    )
    _pt_header(g, d, pt)
    d.add(
        "Met with pt and {rel} {p} at bedside. ",
        rel=g.pick(("daughter", "son", "POA", "wife")),
        p=g.name(poa, g.pick(("full", "fml", "nick", "inits"))),
    )
    d.add("Pt lives at {addr} with ", addr=g.address_lines())
    d.add(
        g.pick(
            (
                "spouse, 2-story home, 12 steps to enter. ",
                "adult son, who works nights at {emp}. ",
                "no one; neighbor checks daily. ",
            )
        ),
        emp=g.facility("employer"),
    )
    if g.age_of(pt) >= 90:
        d.add("Pt is {age}. ", age=g.age90(a=pt.age))
    d.add(
        "Insurance: {ins} {mid}; secondary {ins2} {mid2}. ",
        ins=K("Medicare", "insurer"),
        mid=g.member("mbi"),
        ins2=K(g.pick(("Medicaid", "Aetna", "Humana", "Tricare", "CareSource")), "insurer"),
        mid2=g.member(),
    )
    if g.chance(0.4):
        d.add("SSN verified for {prog} application: {ssn}. ", prog=g.pick(("Medicaid", "SNAP", "SSI")), ssn=g.ssn())
    d.add(
        g.pick(("Plan: SNF placement, referrals sent to {s1} and {s2}. ", "Plan: home with {ag}, SOC {dt}. ", "Plan: acute rehab; {s1} reviewing. ")),
        s1=g.facility("snf"), s2=g.facility("snf"), ag=g.facility("agency"), dt=g.date(g.day(), g.pick(("md", "wd_md", "mdy"))),
    )  # fmt: skip
    d.add(
        "DME: {hc} ordered from {mk}. ",
        hc=g.code(g.pick(HCPCS)[0]),
        mk=g.maker("Invacare", "Hill-Rom", "Philips", "ResMed"),
    )
    d.add("POA phone {ph}, email {em}. ", ph=g.phone(), em=g.email(poa))
    _more(g, d, pt, g.r.randint(1, 5))
    d.line()
    d.seg([g.name(cm, g.pick(("full", "lf", "f_last"))), g.pick((", LCSW", ", RN CM", ", MSW", ", RN"))])
    return d


def c_therapy(g: Gen) -> Doc:
    d = Doc()
    pt, th = g.person(), g.person()
    disc = g.pick(
        (
            ("PHYSICAL THERAPY", "97161", "PT"),
            ("OCCUPATIONAL THERAPY", "97165", "OTR/L"),
            ("SPEECH-LANGUAGE PATHOLOGY", "92523", "CCC-SLP"),
        )
    )
    d.line("{dept} EVALUATION (CPT {c})", dept=K(disc[0], "department"), c=g.code(disc[1]))
    _pt_header(g, d, pt)
    d.line(
        "Referring: {r}   Onset: {dt}   Eval date: {e}",
        r=g.name(g.person(), g.pick(("lfm.", "f_last", "full"))),
        dt=g.date(g.near(g.anchor, -90, -3), g.pick(("mdy", "md"))),
        e=g.date(g.anchor, g.pick(("mdy0", "mdy"))),
    )
    icd = g.icd()
    d.line("Dx: {lbl} ({icd}); hx {epo}.", lbl=icd[1], icd=icd[0], epo=g.eponym())
    d.line()
    d.add("Subjective: pt reports ")
    d.add(
        g.pick(
            (
                "she wants to get back to gardening and caring for her granddaughter {k}. ",
                "he drives a forklift at {emp} and needs to lift 50 lb. ",
                "difficulty swallowing pills, coughing with thin liquids since the stroke. ",
            )
        ),
        k=g.name(g.person(locale=pt.locale), g.pick(("first", "nick_only"))),
        emp=g.facility("employer"),
    )
    d.add(
        "Lives in {town} in a {home}. ",
        town=P(g.town(), "LOCATION"),
        home=g.pick(("ranch home, 3 steps with rail", "2nd floor apartment", "mobile home with ramp")),
    )
    if disc[2] == "PT":
        d.add(
            "Objective: {berg} {b}/56, TUG {tug} s, {rom}. ",
            berg=K("Berg Balance Scale", "eponym"),
            b=str(g.r.randint(20, 54)),
            tug=str(g.r.randint(9, 34)),
            rom=g.pick(("R knee flex 85 deg", "L hip abd 3/5", "gait with rolling walker")),
        )
    elif disc[2] == "OTR/L":
        d.add(
            "Objective: min A for LB dressing, grip R {a} lb / L {b} lb, {tin}. ",
            a=str(g.r.randint(10, 60)),
            b=str(g.r.randint(10, 60)),
            tin=K(g.pick(("Tinel sign", "Phalen test")), "eponym"),
        )
    else:
        d.add("Objective: bedside swallow with coughing on thin; MBSS ordered in {dept}. ", dept=g.dept("Radiology"))
    d.add(
        "Plan: 2x/week x 6 weeks. Next visit {dt} at {t}. ",
        dt=g.date(g.day(), g.pick(("wd_md", "md", "mon_th"))),
        t=g.clinic_time(),
    )
    if g.chance(0.5):
        d.add("HEP emailed to {em}. ", em=g.email(pt))
    _more(g, d, pt, g.r.randint(1, 4))
    d.line()
    d.seg([g.name(th, g.pick(("full", "fml", "lf"))), ", ", disc[2]])
    return d


def c_pharmacy(g: Gen) -> Doc:
    d = Doc()
    pt, rph, md = g.person(), g.person(), g.person()
    drug = g.pick(("vancomycin", "gentamicin", "enoxaparin", "heparin", "warfarin"))
    d.line("PHARMACY CONSULT - {drug} dosing", drug=K(drug, "drug"))
    _pt_header(g, d, pt)
    d.add(
        "Consulted by Dr. {m} on {dt}. ",
        m=g.name(md, g.pick(("last", "full"))),
        dt=g.date(g.day(), g.pick(("md", "mdy", "wd_md"))),
    )
    d.add(
        "Wt {w} kg, SCr {scr}, CrCl ~{cl} mL/min. ",
        w=str(g.r.randint(42, 140)),
        scr=f"{g.r.randint(6, 30) / 10:.1f}",
        cl=str(g.r.randint(15, 110)),
    )
    if drug in ("vancomycin", "gentamicin"):
        ind = g.pick(("MRSA bacteremia", "cellulitis", "osteomyelitis", "HCAP"))
        level = f"Trough {g.r.randint(7, 24)} drawn {g.time('mil')}; plan {g.pick(('1250 mg q12h', '1 g q24h', 'hold x1 dose'))}. "
    else:
        ind = g.pick(("VTE treatment", "mechanical valve", "afib", "VTE prophylaxis"))
        level = f"{g.pick(('Anti-Xa', 'INR', 'aPTT'))} {g.r.randint(2, 90) / 10:.1f} at {g.time('mil')}; plan {g.pick(('per nomogram', '1 mg/kg q12h', 'hold tonight', '5 mg daily'))}. "
    d.add("Indication: " + ind + ". " + level)
    d.add("Next level {dt} with AM labs. ", dt=g.date(g.day(), g.pick(("md", "wd_md"))))
    d.add("Interaction: {a} with {b}. ", a=g.drug(), b=g.drug())
    if g.chance(0.5):
        d.add(
            "Outpatient Rx to {ph} (Rx# {rx}), prescriber DEA {dea}. ",
            ph=g.facility("pharmacy"),
            rx=P(f"{g.digits(7)}", "ID"),
            dea=g.dea(),
        )
    d.line()
    _more(g, d, pt, g.r.randint(0, 3))
    d.seg(
        [
            g.name(rph, g.pick(("full", "fml", "f_last"))),
            ", PharmD  ",
            g.pick(("pager ", "office ")),
            g.phone(style=g.pick(("dash", "seven"))),
        ]
    )
    return d


def c_code_blue(g: Gen) -> Doc:
    d = Doc()
    pt = g.person()
    team = [g.person() for _ in range(4)]
    event = g.pick(("CODE BLUE", "RAPID RESPONSE"))
    d.line(
        "{e} RECORD   Date: {dt}   Location: {dept} rm {rm}",
        e=event,
        dt=g.date(g.day(), g.pick(("mdy0", "mdy", "dmy-"))),
        dept=g.dept("Telemetry", "Step-Down Unit", "Oncology", "Orthopedics"),
        rm=str(g.r.randint(201, 980)),
    )
    _pt_header(g, d, pt, g.pick((0, 1)))
    rows = g.r.randint(2, 4)
    clock = g.times(rows + 3)
    d.line("Called {t}  Team arrived {t2}  Ended {t3}", t=clock[0], t2=clock[1], t3=clock[-1])
    d.line(
        "Leader: {a}, MD | Airway: {b}, RT | Compressions: {c} | Recorder: {r}, RN",
        a=g.name(team[0], g.pick(("full", "last", "f_last"))),
        b=g.name(team[1], g.pick(("full", "f_last"))),
        c=g.name(team[2], g.pick(("first", "full"))),
        r=g.name(team[3], g.pick(("full", "lf"))),
    )
    sep = g.pick((" | ", "\t"))
    d.line(sep.join(("Time", "Rhythm", "Intervention")))
    for t in clock[2:-1]:
        act = g.pick((("epinephrine", " 1 mg IV"), ("amiodarone", " 300 mg IV"), ("adenosine", " 6 mg IV push"), ("", "shock 200 J"), ("", "CPR")))  # fmt: skip
        d.line(
            "{t}{s}{rh}{s}{a}{dose}",
            t=t, s=sep, rh=g.pick(("VF", "PEA", "asystole", "SVT", "sinus tach")), a=K(act[0], "drug") if act[0] else "", dose=act[1],
        )  # fmt: skip
    d.add(
        "Defibrillator: {mk} {m}, serial {sn}. ",
        mk=g.maker("ZOLL", "Philips", "Stryker"),
        m=g.code(g.pick(("R Series", "LIFEPAK 15", "HeartStart MRx"))),
        sn=g.serial(),
    )
    d.add(
        "Outcome: {o}. ",
        o=g.pick(("ROSC, transferred to ICU", "transferred to ICU", "pt expired", "stabilized on floor")),
    )
    if g.chance(0.5):
        d.add(
            "Family ({n}) notified by phone {ph}.",
            n=g.name(g.person(locale=pt.locale), g.pick(("full", "first", "nick"))),
            ph=g.phone(),
        )
    return d


def c_transfer(g: Gen) -> Doc:
    d = Doc()
    pt, send, acc = g.person(), g.person(), g.person()
    d.line("INTERFACILITY TRANSFER FORM")
    d.line("Sending facility: {f}   Phone: {ph}   Fax: {fx}", f=g.facility("hospital"), ph=g.phone(), fx=g.phone("FAX"))
    d.line(
        "Receiving facility: {f}   Accepting: Dr. {a}",
        f=g.facility("hospital"),
        a=g.name(acc, g.pick(("full", "lf", "last"))),
    )
    d.line("Transfer date/time: {dt} {t}", dt=g.date(g.day(), g.pick(("mdy0", "mdy"))), t=g.time("mil"))
    d.line(
        "Patient: {n}   DOB: {dob}   SSN: {ssn}",
        n=g.name(pt, g.pick(("lfm", "upper", "lf"))),
        dob=g.date(g.dob(), g.pick(("mdy0", "mdy", "iso"))),
        ssn=g.ssn(),
    )
    d.line("Home: {addr}", addr=g.address_lines())
    d.line("Insurance: {ins}   Member #: {m}", ins=g.insurer(), m=g.member())
    d.line(
        "Next of kin: {k} ({rel})  {ph}",
        k=g.name(g.person(), g.pick(("full", "lf", "upper"))),
        rel=g.pick(RELATIONS),
        ph=g.phone(),
    )
    icd = g.icd()
    d.line(
        "Reason: {lbl} ({icd}), needs {svc} not available here.",
        lbl=icd[1],
        icd=icd[0],
        svc=g.dept("Interventional Radiology", "CVICU", "Neurology", "Nephrology"),
    )
    d.line(
        "Mode: {m}. Pt's own car left in the visitor garage (plate {pl}); {rel} to collect.",
        m=g.pick(("ALS ambulance", "critical care transport", "BLS ambulance")),
        rel=g.pick(("wife", "son", "daughter", "husband")),
        pl=g.plate(),
    )
    d.line("Drips: {iv}. Last {drug} at {t}.", iv=g.ivdrug(), drug=g.drug(), t=g.time("mil"))
    _more(g, d, pt, g.r.randint(1, 5))
    d.add(
        "Sending physician: {s}, MD  Report called to {rn}, RN",
        s=g.name(send, g.pick(("full", "fml"))),
        rn=g.name(g.person(), g.pick(("full", "first"))),
    )
    return d


def c_home_health(g: Gen) -> Doc:
    d = Doc()
    pt, rn, cg = g.person(), g.person(), g.person()
    cg.surname, cg.smarked = pt.surname, pt.smarked
    agency = g.facility("agency")
    d.line("{a} - SKILLED NURSING VISIT", a=agency)
    d.line(
        "Patient: {n}   SOC: {soc}   Visit: {v}",
        n=g.name(pt, g.pick(("lf", "lfm", "full"))),
        soc=g.date(g.near(g.anchor, -55, -2), g.pick(("mdy0", "mdy"))),
        v=g.date(g.anchor, g.pick(("mdy0", "wd_md", "mdy"))),
    )
    d.line("Address: {addr}", addr=g.address_lines())
    d.line(
        "Phone: {ph}   Caregiver: {c} ({rel})",
        ph=g.phone(),
        c=g.name(cg, g.pick(("full", "first", "nick", "inits"))),
        rel=g.pick(("daughter", "son", "spouse")),
    )
    d.line("Payer: {ins}   HIC/MBI: {m}", ins=K("Medicare", "insurer"), m=g.member("mbi"))
    d.line()
    d.add(
        "{m1} (ambulation): 3. {m2} (dyspnea): 2. {m3} (pain): 2. ",
        m1=g.code("M1860"),
        m2=g.code("M1400"),
        m3=g.code("M1242"),
    )
    d.add("Vitals {v}. ", v=_vitals(g))
    d.add("Meds reconciled: {a}, {b}. ", a=g.drug(), b=g.drug())
    if g.chance(0.4):
        d.add(
            "Pt is {age}, lives alone since husband {h} passed on {dt}. ",
            age=g.age90(g.pick(("num", "word"))),
            h=g.name(g.person(sex="M", locale=pt.locale), g.pick(("first", "full"))),
            dt=g.date(g.day((2015, 1, 1), (2024, 1, 1)), g.pick(("mdy", "long"))),
        )
    _more(g, d, pt, g.r.randint(0, 4))
    d.add(
        "Oxygen concentrator ({mk}, serial {sn}) at 2 L. ", mk=g.maker("Invacare", "Philips", "Inogen"), sn=g.serial()
    )
    d.add("Dog in yard; knock at side door. ")
    d.add(
        "Next visit {dt}. Certification {c}. ", dt=g.date(g.day(), g.pick(("wd_md", "md", "mon_th"))), c=g.code("G0180")
    )
    d.line()
    d.seg(
        [g.name(rn, g.pick(("full", "f_last", "fml"))), ", RN   Signed ", g.date(g.anchor, "mdy0"), " ", g.time("ampm")]
    )
    return d


def c_telehealth(g: Gen) -> Doc:
    d = Doc()
    pt, md = g.person(), g.person()
    d.line("TELEHEALTH VISIT - {dt}", dt=g.date(g.day(), g.pick(("long_wd", "mdy0", "short"))))
    _pt_header(g, d, pt)
    d.add("Visit via {link}; pt joined from {ip}. ", link=g.url(g.pick(("room", "zoom"))), ip=g.ip())
    d.add("Patient location at time of visit: home, {town}, {st}. ", town=P(g.town(), "LOCATION"), st=g.pick(STATES))
    d.add("Provider located at {fac}. Consent obtained verbally. ", fac=g.facility("clinic"))
    if g.chance(0.5):
        d.add(
            "Daughter {x} assisted with camera. ",
            x=g.name(g.person(locale=pt.locale), g.pick(("first", "nick_only", "full"))),
        )
    d.add("S: f/u {epo}, on {drug}. ", epo=g.eponym(), drug=g.drug())
    d.add(
        "A/P: stable; labs at {lab} before next visit. Backup phone if video drops: {ph}. ",
        lab=g.facility("lab"),
        ph=g.phone(),
    )
    d.add("Billed {c} with modifier 95. ", c=g.code(g.pick(("99213", "99214", "99443"))))
    d.add("AVS sent to {em}.\n", em=g.email(pt))
    _more(g, d, pt, g.r.randint(0, 3))
    d.seg([g.name(md, g.pick(("full", "fml", "lf"))), g.pick((", MD", ", DO", ", NP", ", PA-C"))])
    return d


def c_epic(g: Gen) -> Doc:
    d = Doc()
    pt, md = g.person(), g.person()
    day = g.day()
    d.line(
        "{n} | {sex} | {dob} | MRN: {mrn} | HAR: {har}",
        n=g.name(pt, g.pick(("lfm", "upper"))),
        sex=g.pick(("M", "F")),
        dob=g.date(g.dob(g.age_of(pt)), "mdy0"),
        mrn=g.mrn(),
        har=P(f"{g.digits(10)}", "ACCOUNT"),
    )
    d.line(
        "PCP: {p}   Encounter: {dt}   Dept: {dept}",
        p=g.name(g.person(), g.pick(("lfm.", "lf"))),
        dt=g.date(day, "mdy0"),
        dept=g.dept("Endocrinology", "Cardiology", "Urology", "Pulmonology", "Rheumatology"),
    )
    d.line()
    d.line("PROGRESS NOTE")
    d.add("Chief Complaint: *** ")
    d.add("\nHPI: ")
    _age_phrase(g, d, pt)
    d.add(
        "presents for f/u of {epo}. ***. Last A1c *** on {dt}. ",
        epo=g.eponym(),
        dt=g.date(g.day(), g.pick(("mdy", "md"))),
    )
    d.add("Pt accompanied by {x}. ", x=g.name(g.person(locale=pt.locale), g.pick(("full", "first", "nick"))))
    d.add("\nCurrent Outpatient Medications:\n  {a} ***\n  {b} 1 tab daily\n", a=g.drug(), b=g.drug())
    d.add("Allergies: {al}\n", al=g.pick(("NKDA", "Sulfa (rash)", "PCN (hives)", "***")))
    d.add("Vitals: {v}\n", v=_vitals(g))
    icd = g.icd()
    _more(g, d, pt, g.r.randint(0, 4))
    d.add("Assessment/Plan:\n1. {lbl} ({icd}) - ***\n", lbl=icd[1], icd=icd[0])
    d.add(
        "2. RTC {dt} with {x}. ",
        dt=g.date(g.day(), g.pick(("md", "wd_md", "mon_th"))),
        x=g.name(md, g.pick(("last", "full"))),
    )
    d.add("@SIGNATURE@\n")
    d.seg([g.name(md, g.pick(("full", "fml"))), ", MD  ", g.date(day, "mdy0"), " ", g.time("ampm")])
    if g.chance(0.5):
        d.add("\nCC: {f} fax {fx}", f=g.facility("clinic"), fx=g.phone("FAX"))
    return d


def c_problem_list(g: Gen) -> Doc:
    d = Doc()
    pt = g.person()
    d.line(
        "PROBLEM LIST / ALLERGIES - printed {dt} by {u}",
        dt=g.date(g.day(), g.pick(("mdy0", "mdy"))),
        u=P(f"{g.letters(1).lower()}{g.pick([x[0] for x in g.pools.surnames]).lower()[:7]}{g.digits(2)}", "ID"),
    )
    _pt_header(g, d, pt, g.pick((0, 1, 2)))
    sep = g.pick((" | ", "\t"))
    d.line(sep.join(("Problem", "ICD-10", "Noted", "Status")))
    used: set[str] = set()
    for _ in range(g.r.randint(2, 5)):
        code, label = g.pick(ICD10)
        if code in used:
            continue
        used.add(code)
        d.line(
            "{l}{s}{c}{s}{dt}{s}{st}",
            l=label,
            s=sep,
            c=g.code(code),
            dt=g.date(g.day((2010, 1, 1), (2025, 6, 1)), g.pick(("mdy0", "mdy", "iso"))),
            st=g.pick(("Active", "Resolved", "Chronic")),
        )
    if g.chance(0.5):
        d.line("{e}{s}-{s}{dt}{s}Active", e=g.eponym(), s=sep, dt=g.date(g.day((2010, 1, 1), (2025, 6, 1)), "mdy0"))
    d.line()
    d.line(sep.join(("Allergen", "Reaction", "Severity", "Entered")))
    for _ in range(g.r.randint(1, 3)):
        d.line(
            "{a}{s}{r}{s}{sev}{s}{dt}",
            a=g.drug() if g.chance(0.7) else K(g.pick(("latex", "shellfish", "peanuts")), "drug"),
            s=sep,
            r=g.pick(("rash", "hives", "anaphylaxis", "GI upset", "angioedema")),
            sev=g.pick(("mild", "moderate", "severe")),
            dt=g.date(g.day((2012, 1, 1), (2025, 6, 1)), g.pick(("mdy", "mdy0"))),
        )
    if g.chance(0.4):
        d.add("Reviewed by {n}", n=g.name(g.person(), g.pick(("full", "f_last"))))
    return d


def c_dot(g: Gen) -> Doc:
    d = Doc()
    pt, ex = g.person(sex="M"), g.person()
    d.line("DOT MEDICAL EXAMINATION - COMMERCIAL DRIVER")
    d.line(
        "Driver: {n}   DOB: {dob}",
        n=g.name(pt, g.pick(("lfm", "upper", "lf", "full"))),
        dob=g.date(g.dob(g.r.randint(22, 74)), g.pick(("mdy0", "mdy"))),
    )
    d.line("CDL #: {dl} ({st})   Employer: {emp}", dl=g.dl(), st=g.pick(STATE_ABBR), emp=g.facility("trucking"))
    d.line("Address: {addr}   Phone: {ph}", addr=g.address_lines(), ph=g.phone())
    if g.chance(0.5):
        d.line("Truck: plate {pl}, VIN {vin}", pl=g.plate(), vin=g.vin())
    d.line(
        "Exam date: {dt}   Previous card expired {e}",
        dt=g.date(g.day(), g.pick(("mdy0", "mdy"))),
        e=g.date(g.day((2023, 1, 1), (2025, 3, 1)), g.pick(("mdy", "short"))),
    )
    d.add(
        "Hx: {epo}; uses {drug}. ",
        epo=K(g.pick(("Crohn disease", "Graves disease", "Hashimoto thyroiditis", "Meniere disease")), "eponym"),
        drug=g.drug(),
    )
    d.add(
        "OSA on CPAP ({mk}, serial {sn}), compliance download reviewed. ",
        mk=g.maker("ResMed", "Philips"),
        sn=g.serial(),
    )
    d.add(
        "BP {bp}. Vision 20/{v} both eyes. Whisper test passed. ".format(
            bp=f"{g.r.randint(118, 158)}/{g.r.randint(70, 98)}", v=g.r.randint(20, 40)
        )
    )
    d.add("Certified for {m} months. ", m=str(g.pick((3, 12, 24))))
    d.line()
    _more(g, d, pt, g.r.randint(0, 3))
    d.seg(
        ["Medical examiner: ", g.name(ex, g.pick(("full", "fml", "lf"))), ", DO  NRCME #", P(g.digits(10), "LICENSE")]
    )
    return d


def c_device_clinic(g: Gen) -> Doc:
    d = Doc()
    pt, md, rep = g.person(), g.person(), g.person()
    mk = g.pick(("Medtronic", "Boston Scientific", "Abbott", "Biotronik"))
    d.line("DEVICE CLINIC - {kind} INTERROGATION ({c})", kind=g.pick(("PACEMAKER", "ICD", "CRT-D")), c=g.code("93280"))
    _pt_header(g, d, pt)
    d.line(
        "Device: {mk} {model}   Serial: {sn}   Implanted {dt} at {f}",
        mk=K(mk, "manufacturer"),
        model=g.code(f"{g.letters(2)}{g.digits(3)}{g.letters(1)}"),
        sn=g.serial(),
        dt=g.date(g.day((2014, 1, 1), (2024, 1, 1)), g.pick(("mdy", "mdy0", "short"))),
        f=g.facility("hospital"),
    )
    d.line("RA lead serial {a}; RV lead serial {b}", a=g.serial(), b=g.serial())
    d.add(f"Battery {g.r.randint(2, 11)} yrs. RV threshold 0.{g.r.randint(5, 9)} V @ 0.4 ms. ")
    d.add(f"AF burden {g.r.randint(0, 40)}%, on " + "{drug}. ", drug=g.drug())
    d.add(
        "Remote monitor ({c}) last transmitted {dt} from home network {ip}. ",
        c=g.code("99091"),
        dt=g.date(g.day(), g.pick(("md", "mdy"))),
        ip=g.ip(),
    )
    if g.chance(0.5):
        d.add("Rep {r} present, ph {ph}. ", r=g.name(rep, g.pick(("full", "first"))), ph=g.phone())
    _more(g, d, pt, g.r.randint(0, 3))
    d.line()
    d.seg([g.name(md, g.pick(("full", "fml", "lf"))), ", MD, ", K("Cardiology", "department")])
    return d


CLINICAL_TEMPLATES = (
    c_triage, c_shift, c_radiology, c_operative, c_consult, c_case_mgmt, c_therapy, c_pharmacy, c_code_blue,
    c_transfer, c_home_health, c_telehealth, c_epic, c_problem_list, c_dot, c_device_clinic,
)  # fmt: skip


# ---------------------------------------------------------------- the set


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, every value drawn from `random.Random(seed)`."""
    templates = {"messages": MESSAGE_TEMPLATES, "clinical": CLINICAL_TEMPLATES}[family]
    r = random.Random(seed)
    g = Gen(r)
    order: list = []
    rows: list[dict] = []
    seen: set[str] = set()
    while len(rows) < n:
        if not order:
            order = list(templates)
            r.shuffle(order)
        make = order.pop()
        g.anchor = g.day((2024, 3, 1), (2025, 11, 28))
        row = make(g).record(f"eval8-{family}-{len(rows)}", family)
        if row["text"] in seen:
            continue
        if family == "clinical" and not 150 <= len(row["text"]) <= 1500:
            continue
        seen.add(row["text"])
        rows.append(row)
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(dumps(generate(a.family, a.n, a.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
