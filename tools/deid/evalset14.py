"""Fourteenth independent de-identification evaluation set (eval14): home-dialysis supply orders
(cycler serials, ship-to addresses, order numbers), food-bank medically-tailored meal letters (client
IDs, ages over 90), WIC office messages (WIC IDs, infant birth dates, Ethiopian-calendar birth dates
copied from a kebele card), clinic parking-validation requests (plates, garage ticket numbers),
wheelchair-repair tickets (chair serials, HCPCS codes), vaccine adverse-event report drafts (lot
numbers kept as codes, report IDs), caregiver respite-care bookings, medical-records amendment
requests, patient-and-family advisory council e-mails with signatures, utility medical-certificate
requests (utility account numbers), guest Wi-Fi device registrations (IP addresses, portal links),
medical-alert pendant enrolments (pendant serials, responder phones), donor milk-bank screening
messages, hospital volunteer-services onboarding e-mails (TB tests, badge numbers) and paratransit
eligibility requests (rider IDs) (`messages`); and negative-pressure wound therapy (NPWT) dressing
changes, PICC line insertion notes, hand-therapy orthosis notes, urodynamic studies, colposcopy
reports, Holter monitor reports, DXA bone-density reports, genetic test requisitions, tuberculosis
contact-investigation notes, nurse-midwife postpartum home visits, podiatry nail-debridement notes,
biologic infusion records, lumbar puncture notes, chemodenervation (botulinum toxin) procedure notes
and allergy patch-test readings (`clinical`). Each genre occurs equally often (twenty rows per genre
in `messages`, eight in `clinical`, in turn). Some messages are all capitals or all lower case;
layouts include key: value forms, `|` and tab tables, bullets, "> " quoted replies, chat lines with
clock times, signatures, page headers and footers.

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset13.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstring of
`tools/deid/evalset13.py` (nothing below it), `tools/deid/faker_tables.py`,
`medcode/deid/types.py` and `datasets/deid/README.md`; the earlier generators were imported only to
list the locales they take (and, for evalset13, the names of its public constants and the signatures
of `generate`, `dumps` and `provenance_problems`, to keep the same interface). None of the
de-identifier's rules, lexicons, keep lists or models, none of the other generators' templates and
none of their sets were read. The de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: none. Every Faker locale with person or city tables is taken by an earlier list, set,
corpus or eval3-eval13 (eval13 took the last), so this family reads no Faker table at all:
``NAME_LOCALES``, ``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES`` are empty and
``provenance_problems()`` returns []. Names come from hand-written lists of three naming cultures no
earlier family used, in the Latin spellings met on US papers, with variants: Ethiopian and Eritrean
(Amharic and Tigrinya given names; the "surname" is the father's given name, sometimes followed by
the grandfather's: "Tigist Alemayehu", "Yohannes Gebremedhin" / "Gebre Medhin" / "G/Medhin",
"Tsehay" / "Tsehaye" / "Tsehai"), Somali (given name, father's and grandfather's names, in English
and Somali orthography: "Mohamed" / "Maxamed", "Hawa" / "Xawa", "Abdirahman" / "Cabdiraxmaan",
"Faadumo" / "Fatuma") and Hmong (given names of one or two words before the clan name: "Mai Yer
Vang" / "Maiyer Vang", "Pa Nhia Xiong", clan names with their Hmong spellings "Vaj", "Xyooj",
"Thoj"). Towns come from hand-written lists (``US_TOWNS`` with state, ZIP prefix and area code;
``ABROAD_TOWNS`` in Ethiopia, Eritrea, Somalia/Somaliland, Laos and Thailand), as do street words
and organisation words (``ORG_WORDS``: "Nabad", "Hiwot", "Daryeel", "Selam", "Lub Zog").
Numbers, dates, codes and identifiers come from this module's own seeded ``random.Random``; no Faker
is used, so a seed reproduces its file byte for byte. All text is ASCII.

Adaptations of the shared checks: none were changed. `check_own_locales` and
`check_faker_tables_are_the_locales_own` hold trivially with all locale tables empty (the empty set
is disjoint from every earlier locale).

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written (patients, relatives, clinicians, staff, drivers, volunteers):
"Given Surname", "Given Father Grandfather" (Ethiopian and Somali chains, one span), "Surname,
Given", "SURNAME, GIVEN", all capitals, all lower case, a given name or a surname alone, "T.
Alemayehu", "Hodan F.", "G/Medhin" forms and two or three capital initials in a table or signature
("TA", "MYV"). Titles and credentials stay outside the span ("Dr. ", "Mr. ", "Ms. ", "Ato ",
"W/ro ", "Sheikh ", "Abba ", ", MD", ", DO", ", NP", ", RN", ", CNM", ", OTR/L, CHT", ", PA-C",
", DPM", ", RD", ", LPN", ", MSW"), and so do words for relatives used instead of a name ("Emaye",
"Abaye", "Hooyo", "Aabo", "Ayeeyo", "Awoowe", "Niam", "Txiv", "Pog"), which are not PHI. An e-mail
address is EMAIL even when it holds a name. DATE is every date element more specific than a year,
one span with its year if it has one and with a weekday written next to it: "03/14/2025",
"3/14/25", "2025-03-14", "14-Mar-2025", "14MAR25", "Mar 14, 2025", "March 14, 2025", "14 March
2025", "3/14", "Mar 14", "March 14th", "Fri 3/14", "Friday, March 14", a month with its year ("June
2026") and an Ethiopian-calendar date written month first ("Hidar 3, 1978"; the " E.C." after it
stays outside). Clock times, durations, day-of-therapy numbers, bag and room numbers are not PHI.
AGE is PHI only when 90 or more: the number alone or the spelled number ("93", "ninety-two", "one
hundred and one"), never "years old" or "age"; younger ages stay in the text unannotated.
LOCATION is a town or city (US or abroad), also as a birthplace or a destination; states and
countries are not PHI; a town inside an organisation's name is part of the FACILITY span. ADDRESS
is the street line with its unit ("4410 Larpenteur Ave Apt 3B", "87 Rice St #12"). ZIP is a US ZIP,
with its +4 when written. PHONE and FAX spans include "+1", "1-", "+251", "+252", "+291", "+856"
and an extension ("ext 214"); a number labelled fax is FAX. EMAIL, URL (with "https://" or
"http://") and IP (IPv4 or IPv6) are whole tokens. SSN in any of its shapes. MRN is a
medical-record number: digits, its last a Luhn check digit, sometimes a hyphen after the first two.
ACCOUNT is a billing, utility, supplier or food-bank account. HEALTH_PLAN is a member, Medicaid,
Medicare (MBI) or WIC-linked Medicaid number. LICENSE is a driver's licence, a nursing or medical
licence or a DEA registration (its check digit right). VEHICLE is a plate or a VIN (its check digit
right). DEVICE is the serial number of a device a patient uses or carries (dialysis cycler,
wheelchair, pendant, Holter recorder, NPWT pump, infusion pump, phone). ID is every other
identifying number: order, ticket, report, case, client, WIC, rider, badge, garage-ticket,
requisition, specimen, accession, prior-authorization and interpreter numbers and NPIs. FACILITY is every
organisation named (hospitals, clinics, dialysis and infusion centres, food banks, WIC clinics, milk
banks, respite houses, supply companies, laboratories, transit services and electric utilities), one
span even when a town is part of the name; a programme's name ("medically tailored meals program",
"volunteer services") is not. Not PHI and kept (``keep``,
kinds in ``KEEP_KINDS``): drugs with their doses as written (drug); ICD-10, CPT and HCPCS codes,
lot numbers and test names (code); makers (manufacturer); model names (model); insurers (insurer);
eponyms, the name only ("Holter", "Tinel", "Phalen", "Finkelstein", "Kegel", "Lugol", "Mantoux",
"Bristol", "Papanicolaou") (eponym) and departments (department). No keep term ever occurs inside a
PHI span (a term that does in some row is left out of that row's list). Look-alikes left in the
text on purpose: given names that are words or places ("Eden", "Bee", "Pao", "Ka", "Saba", "Said",
"Ali"), towns that are names ("Faribault", "Marshall", "Austin"), kinship words, and numbers that
are not PHI (lot numbers, HCPCS codes, ages under 90, clock times).

    python -m tools.deid.evalset14 --family messages --n 300 --seed 2801 --out datasets/deid/eval14_messages.jsonl
    python -m tools.deid.evalset14 --family clinical --n 120 --seed 2802 --out datasets/deid/eval14_clinical.jsonl

Seeds 2901 / 2902 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

FAMILIES = ("messages", "clinical")
KEEP_KINDS = ("code", "drug", "insurer", "manufacturer", "model", "eponym", "department")
NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {}


def provenance_problems() -> list[str]:
    """No Faker table is read, so none can belong to another locale."""
    return []


# ---------------------------------------------------------------- hand-written name lists
ETH_GIVEN_F = (
    ("Almaz",), ("Tigist", "Tigest"), ("Selamawit", "Selam"), ("Meseret",), ("Hirut", "Hiruth"),
    ("Tsehay", "Tsehaye", "Tsehai"), ("Genet", "Ganet"), ("Mekdes", "Meqdes"), ("Senait", "Senayt", "Seneit"),
    ("Abrehet",), ("Lemlem",), ("Asmeret",), ("Haben",), ("Yordanos",), ("Bethlehem", "Betelhem"),
    ("Rahel",), ("Saba",), ("Wubit",), ("Zewditu", "Zauditu"), ("Mahlet",), ("Kidist", "Qidist"), ("Eden",),
    ("Netsanet",), ("Azeb",), ("Aster", "Astair"), ("Tirhas",), ("Mebrat",), ("Nigist", "Negest"),
)  # fmt: skip
ETH_GIVEN_M = (
    ("Abebe", "Abebbe"), ("Alemayehu", "Alemayehou"), ("Yohannes", "Yohanes", "Yohannis"),
    ("Tesfaye", "Tesfay", "Tesfai"), ("Haile", "Hayle"), ("Kebede", "Kebbede"), ("Girma",), ("Bereket",),
    ("Dawit",), ("Mulugeta",), ("Tekle", "Teklay"), ("Gebremedhin", "Gebre Medhin", "G/Medhin"),
    ("Gebreyesus", "Ghebreyesus", "G/Yesus"), ("Kidane", "Kidan"), ("Fikru", "Fikre"), ("Amanuel",),
    ("Yemane",), ("Tewodros", "Teodros"), ("Habtamu",), ("Mesfin",), ("Berhanu", "Birhanu"), ("Getachew",),
    ("Wolde", "Welde"), ("Asfaw",), ("Negash",), ("Tadesse", "Tadese"), ("Biniam", "Biniyam"), ("Efrem", "Ephrem"),
    ("Mengistu", "Mengestu"), ("Asmerom",),
)  # fmt: skip
SOM_GIVEN_F = (
    ("Hodan", "Xodan"), ("Hawa", "Xawa", "Hawo"), ("Fadumo", "Faadumo", "Fatuma"), ("Amina", "Aamina"),
    ("Halimo", "Xaliimo", "Halima"), ("Ayaan", "Ayan"), ("Farhiya",), ("Sahra", "Saxra", "Sahro"), ("Hibaq", "Hibo"),
    ("Ubah", "Ubax"), ("Nimco", "Nimo"), ("Deeqa", "Deka"), ("Idil",), ("Ifrah",), ("Sagal",), ("Ladan",),
    ("Ikran",), ("Filsan",), ("Khadra", "Khadro"), ("Maryan",), ("Shukri",), ("Naima", "Nayma"),
    ("Ruqiya", "Ruqia"), ("Sucaad", "Suad"), ("Cawo", "Awo"), ("Qamar",),
)  # fmt: skip
SOM_GIVEN_M = (
    ("Abdirahman", "Cabdiraxmaan", "Abdirahmaan"), ("Mohamed", "Maxamed", "Mohammed"), ("Ahmed", "Axmed"),
    ("Abdullahi", "Cabdullaahi"), ("Yusuf", "Yuusuf"), ("Warsame",), ("Guled", "Guuleed"), ("Mukhtar",),
    ("Bashir", "Bashiir"), ("Khadar", "Khadir"), ("Farah", "Faarax"), ("Hassan", "Xasan"), ("Jama", "Jaamac"),
    ("Omar", "Cumar"), ("Abdi", "Cabdi"), ("Dahir", "Daahir"), ("Osman", "Cismaan"), ("Ali", "Cali"), ("Nur", "Nuur"),
    ("Aden", "Aadan"), ("Ismail", "Ismaaciil"), ("Samatar",), ("Mohamud", "Maxamuud"), ("Hersi", "Xirsi"),
    ("Duale", "Ducaale"), ("Shire",), ("Elmi", "Cilmi"), ("Egal", "Cigaal"), ("Said", "Siciid"), ("Abdiwali",),
)  # fmt: skip
HMONG_CLANS = (
    ("Vang", "Vaj"), ("Xiong", "Xyooj"), ("Yang", "Yaj"), ("Lee", "Ly", "Lis"), ("Thao", "Thoj"), ("Her", "Hawj"),
    ("Moua", "Muas"), ("Vue", "Vwj"), ("Lor", "Lauj"), ("Chang", "Tsab"), ("Kue", "Khwb"), ("Hang", "Haam"),
    ("Khang", "Khab"), ("Cha", "Chaj"), ("Kong",), ("Fang", "Faj"), ("Pha",),
)  # fmt: skip
HMONG_GIVEN_F = (
    ("Pa Nhia", "Panhia"), ("Mai Yer", "Maiyer"), ("Mai Nou", "Mainou"), ("Youa", "Yua"), ("Kia",), ("Nou",),
    ("Ka",), ("Xee",), ("Bee",), ("Shoua",), ("Sheng",), ("Blia",), ("Houa",), ("Yer",), ("Zoua",),
    ("Gao Sheng", "Kao Sheng"), ("Pang",), ("Choua",), ("Mai Kou", "Maikou"), ("Lia",), ("Der",),
)  # fmt: skip
HMONG_GIVEN_M = (
    ("Tou Fue", "Toufue"), ("Chue",), ("Pao",), ("Cheng",), ("Neng",), ("Tong",), ("Pheng",), ("Kou",),
    ("Xai",), ("Nhia",), ("Yeng",), ("Chong",), ("Bao",), ("Fue",), ("Koua",), ("Teng",), ("Seng",),
    ("Chao",), ("Vang Pao",), ("Nou Lue",), ("Sai",), ("Ger",),
)  # fmt: skip
KIN_WORDS = ("Emaye", "Abaye", "Hooyo", "Aabo", "Ayeeyo", "Awoowe", "Niam", "Txiv", "Pog")
TITLES_BY_CULTURE = {"eth": ("Ato", "W/ro", "Abba"), "som": ("Sheikh", "Mr.", "Ms."), "hmo": ("Mr.", "Ms.", "Mrs.")}

# ---------------------------------------------------------------- places and organisations
US_TOWNS = (
    ("Saint Paul", "MN", "551", "651"), ("Minneapolis", "MN", "554", "612"), ("Brooklyn Park", "MN", "554", "763"),
    ("Faribault", "MN", "550", "507"), ("Willmar", "MN", "562", "320"), ("Saint Cloud", "MN", "563", "320"),
    ("Marshall", "MN", "562", "507"), ("Austin", "MN", "559", "507"), ("Rochester", "MN", "559", "507"),
    ("Fresno", "CA", "937", "559"), ("Merced", "CA", "953", "209"), ("Columbus", "OH", "432", "614"),
    ("Lewiston", "ME", "042", "207"), ("Silver Spring", "MD", "209", "301"), ("Wausau", "WI", "544", "715"),
    ("Sheboygan", "WI", "530", "920"), ("Hickory", "NC", "286", "828"), ("Clarkston", "GA", "300", "404"),
    ("Eau Claire", "WI", "547", "715"), ("Tukwila", "WA", "981", "206"),
)  # fmt: skip
ABROAD_TOWNS = (
    "Addis Ababa", "Adama", "Bahir Dar", "Gondar", "Mekelle", "Hawassa", "Dire Dawa", "Jimma", "Dessie", "Asmara",
    "Keren", "Mendefera", "Massawa", "Hargeisa", "Baidoa", "Kismayo", "Burao", "Beledweyne", "Galkayo", "Mogadishu",
    "Luang Prabang", "Phonsavan", "Sam Neua", "Nong Khai", "Chiang Kham",
)  # fmt: skip
STREETS = (
    "Larpenteur Ave", "Rice St", "University Ave", "Payne Ave", "Arcade St", "Cedar Ave", "Lake St", "Maple Grove Rd",
    "Riverside Dr", "Elm St", "Oak Hill Ln", "Prairie View Dr", "Birch Ct", "Willow Way", "Central Ave", "Hillside Rd",
)  # fmt: skip
ORG_WORDS = ("Nabad", "Hiwot", "Daryeel", "Selam", "Lub Zog", "Tena", "Horseed", "Fana", "Caafimaad", "Kev Cia")
ORG_KINDS = {
    "clinic": ("Community Clinic", "Family Health Center", "Health Clinic"),
    "hospital": ("Regional Hospital", "Medical Center", "Memorial Hospital"),
    "dialysis": ("Home Dialysis", "Kidney Care"),
    "supply": ("Medical Supply", "Home Medical Equipment"),
    "food": ("Food Shelf", "Community Pantry"),
    "wic": ("WIC Clinic", "Public Health WIC"),
    "respite": ("Respite House", "Adult Day Services"),
    "utility": ("Electric Cooperative", "Power and Light"),
    "infusion": ("Infusion Center", "Infusion Suite"),
    "lab": ("Genetics Laboratory", "Molecular Diagnostics"),
    "transit": ("Transit Link", "Metro Mobility"),
    "milk": ("Milk Bank",),
}
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com")
ETH_MONTHS = ("Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miyazya", "Ginbot", "Sene",
              "Hamle", "Nehase")  # fmt: skip

# ---------------------------------------------------------------- keep terms
INSURERS = ("Medica", "UCare", "HealthPartners", "Blue Cross Blue Shield", "Medicaid", "Medicare", "Aetna",
            "PreferredOne", "Hennepin Health", "Tricare")  # fmt: skip
DEPARTMENTS = ("Nephrology", "Wound Care", "Interventional Radiology", "Urology", "Cardiology", "Endocrinology",
               "Infectious Disease", "Pediatrics", "Health Information Management", "Patient Experience",
               "Neurology", "Dermatology", "Rheumatology", "Gastroenterology", "Obstetrics")  # fmt: skip
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


# ---------------------------------------------------------------- markup
def P(value: str, kind: str) -> str:
    """A PHI span in the template markup."""
    return f"\x01{kind}\x02{value}\x03"


def K(term: str, kind: str) -> str:
    """A keep term in the template markup."""
    return f"\x04{kind}\x02{term}\x03"


_MARK = re.compile(r"([\x01\x04])([A-Za-z_]+)\x02([^\x03]*)\x03")


def parse(marked: str, case: str = "") -> tuple[str, list[dict], dict[str, str]]:
    """Plain text, PHI spans and keep terms from the markup; `case` "upper" / "lower" recases the whole text."""
    out: list[str] = []
    phi: list[dict] = []
    keeps: list[tuple[int, int, str]] = []
    pos = last = 0
    for m in _MARK.finditer(marked):
        chunk = marked[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        value = m.group(3)
        if m.group(1) == "\x01":
            phi.append({"start": pos, "end": pos + len(value), "type": m.group(2)})
        else:
            keeps.append((pos, pos + len(value), m.group(2)))
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text.lower()
    keep: dict[str, str] = {}
    for s, e, kind in keeps:
        term = text[s:e]
        if term in keep:
            continue
        hits = [m.start() for m in re.finditer(re.escape(term), text)]
        if any(p["start"] < i + len(term) and i < p["end"] for i in hits for p in phi):
            continue
        keep[term] = kind
    return text, phi, keep


# ---------------------------------------------------------------- values
def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


_VIN_VALUE = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
_VIN_VALUE.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


@dataclass
class Person:
    given: str
    surname: str
    third: str
    culture: str
    female: bool


class W:
    """The value drawer for one row: a seeded random.Random and the markup helpers."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.town = rng.choice(US_TOWNS)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def upper(self, n: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    # people
    def person(self, culture: str | None = None, female: bool | None = None) -> Person:
        c = culture or self.pick(("eth", "som", "hmo"))
        f = self.chance(0.5) if female is None else female
        if c == "eth":
            given = self.pick(self.pick(ETH_GIVEN_F if f else ETH_GIVEN_M))
            sur = self.pick(self.pick(ETH_GIVEN_M))
            third = self.pick(self.pick(ETH_GIVEN_M))
        elif c == "som":
            given = self.pick(self.pick(SOM_GIVEN_F if f else SOM_GIVEN_M))
            sur = self.pick(self.pick(SOM_GIVEN_M))
            third = self.pick(self.pick(SOM_GIVEN_M))
        else:
            given = self.pick(self.pick(HMONG_GIVEN_F if f else HMONG_GIVEN_M))
            sur = self.pick(self.pick(HMONG_CLANS))
            third = ""
        if sur == given:
            return self.person(c, f)
        return Person(given, sur, third, c, f)

    def name(self, p: Person, shape: str = "") -> str:
        shape = shape or self.pick(("full", "full", "full", "lastfirst", "caps", "chain", "ini_last", "given_ini"))
        if shape == "chain":
            s = f"{p.given} {p.surname} {p.third}" if p.third else f"{p.given} {p.surname}"
        elif shape == "lastfirst":
            s = f"{p.surname}, {p.given}"
        elif shape == "caps":
            s = f"{p.surname.upper()}, {p.given.upper()}"
        elif shape == "ini_last":
            s = f"{p.given[0]}. {p.surname}"
        elif shape == "given_ini":
            s = f"{p.given} {p.surname[0]}."
        elif shape == "initials":
            s = "".join(w[0] for w in p.given.replace("/", " ").split()) + p.surname[0]
            s = s.upper()
        elif shape == "given":
            s = p.given
        elif shape == "sur":
            s = p.surname
        elif shape == "lower":
            s = f"{p.given} {p.surname}".lower()
        elif shape == "upper":
            s = f"{p.given} {p.surname}".upper()
        else:
            s = f"{p.given} {p.surname}"
        return P(s, "NAME")

    def n(self, shape: str = "", culture: str | None = None, female: bool | None = None) -> str:
        return self.name(self.person(culture, female), shape)

    def clin(self, creds: tuple[str, ...] = ("MD", "DO", "NP", "PA-C", "RN")) -> str:
        shape = self.pick(("full", "full", "ini_last", "lastfirst"))
        return f"{self.n(shape)}, {self.pick(creds)}"

    def title_name(self, p: Person) -> str:
        return f"{self.pick(TITLES_BY_CULTURE[p.culture])} {self.name(p, self.pick(('full', 'sur', 'given')))}"

    def kin(self, culture: str, female: bool | None = None) -> str:
        f = {"eth": ("Emaye",), "som": ("Hooyo", "Ayeeyo"), "hmo": ("Niam", "Pog")}[culture]
        m = {"eth": ("Abaye",), "som": ("Aabo", "Awoowe"), "hmo": ("Txiv",)}[culture]
        return self.pick(f if female else m if female is not None else f + m)

    def chat_clock(self) -> str:
        """Increasing chat times within one row."""
        self.minute = getattr(self, "minute", self.r.randint(7 * 60, 19 * 60)) + self.r.randint(1, 25)
        h, mi = divmod(self.minute % (24 * 60), 60)
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"

    # dates and ages
    def day(self, lo: int = 2024, hi: int = 2026) -> dt.date:
        start = dt.date(lo, 1, 1).toordinal()
        return dt.date.fromordinal(self.r.randint(start, dt.date(hi, 12, 28).toordinal()))

    def date(self, d: dt.date | None = None, style: str = "", lo: int = 2024, hi: int = 2026) -> str:
        d = d or self.day(lo, hi)
        style = style or self.pick(("mdy", "mdy", "mdy2", "iso", "dmy", "comp", "bdy", "Bdy", "dB", "md", "bd", "Bd",
                                    "th", "wk", "wkl", "mdy_np"))  # fmt: skip
        f = {
            "mdy": "%m/%d/%Y", "mdy2": "%m/%d/%y", "iso": "%Y-%m-%d", "dmy": "%d-%b-%Y", "bdy": "%b %d, %Y",
            "Bdy": "%B %d, %Y", "dB": "%d %B %Y", "md": "%m/%d", "bd": "%b %d", "Bd": "%B %d", "my": "%B %Y",
        }  # fmt: skip
        if style in f:
            s = d.strftime(f[style])
        elif style == "comp":
            s = d.strftime("%d%b%y").upper()
        elif style == "mdy_np":
            s = f"{d.month}/{d.day}/{d.year}"
        elif style == "th":
            suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            s = f"{d.strftime('%B')} {d.day}{suf}"
        elif style == "wk":
            s = f"{d.strftime('%a')} {d.month}/{d.day}"
        else:  # wkl
            s = f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}"
        return P(s, "DATE")

    def dob(self, lo: int = 1938, hi: int = 2005) -> str:
        return self.date(self.day(lo, hi), self.pick(("mdy", "mdy", "iso", "dmy", "Bdy", "mdy_np", "mdy2")))

    def eth_date(self) -> str:
        return P(f"{self.pick(ETH_MONTHS)} {self.r.randint(1, 30)}, {self.r.randint(1960, 2016)}", "DATE") + " E.C."

    def age90(self) -> str:
        a = self.r.randint(90, 104)
        if self.chance(0.6):
            return P(str(a), "AGE")
        if a < 100:
            s = "ninety" + ("" if a == 90 else "-" + _UNITS[a - 91])
        else:
            s = "one hundred" + ("" if a == 100 else " and " + _UNITS[a - 101])
        return P(s, "AGE")

    def young(self) -> int:
        return self.r.randint(19, 88)

    def clock(self) -> str:
        return f"{self.r.randint(1, 12)}:{self.r.choice(('00', '05', '15', '20', '30', '40', '45', '50'))}"

    # places
    def loc(self, abroad: bool = False) -> str:
        self.last_abroad = self.pick(ABROAD_TOWNS)
        return P(self.last_abroad if abroad else self.town[0], "LOCATION")

    def addr(self) -> str:
        s = f"{self.r.randint(10, 9899)} {self.pick(STREETS)}"
        u = self.r.random()
        if u < 0.25:
            s += f" Apt {self.r.randint(1, 12)}{self.pick('ABCD')}"
        elif u < 0.45:
            s += f" #{self.r.randint(1, 40)}"
        elif u < 0.55:
            s += f" Unit {self.r.randint(100, 420)}"
        return P(s, "ADDRESS")

    def zip(self) -> str:
        z = self.town[2] + self.digits(2)
        if self.chance(0.2):
            z += "-" + self.digits(4)
        return P(z, "ZIP")

    def full_addr(self) -> str:
        return f"{self.addr()}, {self.loc()}, {self.town[1]} {self.zip()}"

    def _phone(self) -> str:
        a, e, n = self.town[3], str(self.r.randint(200, 989)), self.digits(4)
        s = self.pick((f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a}-{e}-{n}", f"1-{a}-{e}-{n}",
                       f"({a}){e}-{n}"))  # fmt: skip
        if self.chance(0.1):
            s += f" ext {self.r.randint(10, 4999)}"
        return s

    def phone(self) -> str:
        return P(self._phone(), "PHONE")

    def fax(self) -> str:
        return P(self._phone().split(" ext")[0], "FAX")

    def intl(self, town: str = "") -> str:
        i = ABROAD_TOWNS.index(town) if town in ABROAD_TOWNS else -1
        if 0 <= i < 9:
            return P(f"+251 9{self.r.randint(1, 9)} {self.digits(3)} {self.digits(4)}", "PHONE")
        if 9 <= i < 13:
            return P(f"+291 7 {self.digits(3)} {self.digits(3)}", "PHONE")
        if 13 <= i < 20:
            return P(f"+252 6{self.r.randint(1, 8)} {self.digits(3)} {self.digits(4)}", "PHONE")
        if i >= 20:
            return P(f"+856 20 {self.digits(4)} {self.digits(4)}", "PHONE")
        s = self.pick((f"+251 9{self.r.randint(1, 9)} {self.digits(3)} {self.digits(4)}",
                       f"+252 6{self.r.randint(1, 8)} {self.digits(3)} {self.digits(4)}",
                       f"+291 7 {self.digits(3)} {self.digits(3)}", f"+856 20 {self.digits(4)} {self.digits(4)}"))  # fmt: skip
        return P(s, "PHONE")

    def email(self, p: Person | None = None, domain: str = "") -> str:
        p = p or self.person()
        g = re.sub(r"[^a-z]", "", p.given.lower())
        s = re.sub(r"[^a-z]", "", p.surname.lower())
        local = self.pick((f"{g}.{s}", f"{g}{s}{self.r.randint(1, 99)}", f"{g[0]}{s}", f"{s}.{g}", f"{g}_{s}"))
        return P(f"{local}@{domain or self.pick(EMAIL_DOMAINS)}", "EMAIL")

    def url(self, host: str, path: str) -> str:
        return P(f"{self.pick(('https://', 'https://', 'http://'))}{host}/{path}", "URL")

    def ip(self) -> str:
        if self.chance(0.15):
            return P(f"2001:db8:{self.r.randint(1, 0xFFFF):x}::{self.r.randint(1, 0xFFFF):x}", "IP")
        first = self.pick((10, 172, 192, 73, 97, 24, 68, 165))
        return P(f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}", "IP")

    # identifiers
    def mrn(self) -> str:
        body = str(self.r.randint(1, 9)) + self.digits(self.r.choice((5, 6, 7, 8)))
        s = body + luhn_digit(body)
        if self.chance(0.2):
            s = s[:2] + "-" + s[2:]
        return P(s, "MRN")

    def ssn(self) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        sep = self.pick(("-", "-", " ", ""))
        return P(f"{area:03d}{sep}{self.r.randint(1, 99):02d}{sep}{self.r.randint(1, 9999):04d}", "SSN")

    def acct(self) -> str:
        return P(self.pick((self.digits(9), f"{self.digits(4)}-{self.digits(5)}", f"A{self.digits(8)}")), "ACCOUNT")

    def plan(self) -> str:
        shapes = (f"{self.upper(3)}{self.digits(9)}", f"{self.digits(8)}",
                  f"{self.r.randint(1, 9)}{self.upper(2)}{self.r.randint(0, 9)}-{self.upper(1)}{self.digits(2)}-{self.upper(2)}{self.digits(2)}",
                  f"{self.upper(1)}{self.digits(8)}{self.digits(2)}")  # fmt: skip
        return P(self.pick(shapes), "HEALTH_PLAN")

    def lic(self) -> str:
        return P(self.pick((f"{self.upper(1)}{self.digits(12)}", f"{self.upper(1)}-{self.digits(3)}-{self.digits(3)}-{self.digits(3)}-{self.digits(3)}", f"R{self.digits(6)}")), "LICENSE")  # fmt: skip

    def dea(self) -> str:
        d = [self.r.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return P(self.pick("ABFM") + self.upper(1) + "".join(map(str, d)) + str(check), "LICENSE")

    def plate(self) -> str:
        return P(self.pick((f"{self.upper(3)} {self.digits(3)}", f"{self.digits(3)}-{self.upper(3)}", f"{self.upper(3)}{self.digits(4)}", f"{self.digits(1)}{self.upper(3)}{self.digits(3)}")), "VEHICLE")  # fmt: skip

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        while True:
            v = [self.r.choice(chars) for _ in range(17)]
            total = sum(_VIN_VALUE[c] * w for c, w in zip(v, _VIN_WEIGHTS)) % 11
            v[8] = "X" if total == 10 else str(total)
            return P("".join(v), "VEHICLE")

    def serial(self, prefix: str = "") -> str:
        return P(prefix + self.pick((self.upper(2) + self.digits(7), self.digits(10), f"{self.upper(3)}-{self.digits(6)}")), "DEVICE")  # fmt: skip

    def ident(self, prefix: str = "", n: int = 7) -> str:
        return P(prefix + self.digits(n), "ID")

    def npi(self) -> str:
        return P(str(self.r.randint(1, 2)) + self.digits(9), "ID")

    def fac(self, kind: str) -> str:
        suffix = self.pick(ORG_KINDS[kind])
        head = self.pick((self.pick(ORG_WORDS), self.town[0], self.pick(ORG_WORDS)))
        return P(f"{head} {suffix}", "FACILITY")

    def lot(self) -> str:
        return K(self.pick((f"{self.upper(2)}{self.digits(4)}", f"{self.upper(1)}{self.digits(5)}{self.upper(1)}", f"{self.upper(1)}{self.digits(4)}")), "code")  # fmt: skip

    def ins(self) -> str:
        return K(self.pick(INSURERS), "insurer")

    def dept(self, *choices: str) -> str:
        return K(self.pick(choices or DEPARTMENTS), "department")


Genre = Callable[[W], tuple[str, str]]


def C(code: str) -> str:
    return K(code, "code")


def D(drug: str) -> str:
    return K(drug, "drug")


def E(name: str) -> str:
    return K(name, "eponym")


def M(maker: str) -> str:
    return K(maker, "manufacturer")


def MD(model: str) -> str:
    return K(model, "model")


def _case(w: W, upper: float = 0.08, lower: float = 0.08) -> str:
    u = w.r.random()
    return "upper" if u < upper else "lower" if u < upper + lower else ""


# ================================================================= messages
def m_dialysis(w: W) -> tuple[str, str]:
    p = w.person()
    maker, model = w.pick(
        ((M("Baxter"), MD("Amia")), (M("Fresenius"), MD("Liberty Select")), (M("NxStage"), MD("System One")))
    )
    order = w.ident("SO-", 8)
    items = [f"- {K('Dianeal PD-2 2.5% 5000 mL', 'drug')} x {w.r.randint(20, 60)} bags",
             f"- {K('Extraneal 2 L', 'drug')} x {w.r.randint(5, 15)}",
             f"- cycler sets x {w.r.randint(20, 30)}", f"- {D('gentamicin 0.1% cream')} x 2 tubes",
             f"- drain bags x {w.r.randint(10, 30)}"]  # fmt: skip
    w.r.shuffle(items)
    body = (
        f"Subject: supply order {order} - please confirm delivery\n\n"
        f"Hi, this is {w.name(p, 'full')} (DOB {w.dob()}), home PD patient with {w.fac('dialysis')}.\n"
        f"My monthly supply order, ship to {w.full_addr()}:\n" + "\n".join(items[: w.r.randint(3, 5)]) + "\n"
        f"My {maker} {model} cycler is SN {w.serial()}. Account {w.acct()}. Member ID {w.plan()} ({w.ins()}).\n"
        f"Delivery after {w.date(style=w.pick(('md', 'wk', 'bd')))} please, the driver can leave it in the garage. "
        f"Call {w.phone()} if problem. Nurse is {w.clin(('RN',))} in {w.dept('Nephrology')}. Dx {C('N18.6')}, {C('Z99.2')}.\n"
        f"thank you, {w.name(p, 'given')}"
    )
    return body, _case(w, 0.05, 0.05)


def m_foodbank(w: W) -> tuple[str, str]:
    p = w.person()
    diet = w.pick(("renal", "diabetic", "low-sodium", "soft/pureed", "gluten-free"))
    dx = w.pick((("E11.65", "type 2 diabetes"), ("I50.32", "chronic diastolic heart failure"), ("N18.4", "CKD stage 4"), ("K90.0", "celiac disease")))  # fmt: skip
    older = w.chance(0.5)
    who = f"{w.name(p, 'full')}, age {w.age90()}" if older else f"{w.name(p, 'full')} ({w.young()} y/o)"
    return (
        f"{w.fac('clinic')}\n{w.full_addr()}\nPhone {w.phone()} | Fax {w.fax()}\n\n{w.date(style=w.pick(('Bdy', 'mdy', 'bdy')))}\n\n"
        f"To: {w.fac('food')} - medically tailored meals program\nRe: {who}, client ID {w.ident('FB', 6)}\n\n"
        f"To whom it may concern,\n{w.name(p, 'given')} is followed in our clinic for {dx[1]} ({C(dx[0])}). "
        f"A {diet} diet is medically necessary. Current meds include {D(w.pick(('metformin 500 mg BID', 'furosemide 40 mg daily', 'insulin glargine 18 units', 'sevelamer 800 mg TID')))}. "
        f"Please provide {diet} boxes for the next 6 months. The household lives at {w.addr()} and can be reached at {w.phone()}.\n\n"
        f"Sincerely,\n{w.clin(('MD', 'NP', 'RD'))}\nNPI {w.npi()}" + (f"  DEA {w.dea()}" if w.chance(0.3) else ""),
        "",
    )


def m_wic(w: W) -> tuple[str, str]:
    mom = w.person(female=True)
    baby = w.person(mom.culture)
    while baby.given == mom.given:
        baby = w.person(mom.culture)
    lines = [
        f"[{w.chat_clock()}] {w.name(mom, 'full')}: hello is this WIC? my appointment was {w.date(style=w.pick(('md', 'wk', 'bd', 'th')))}",
        f"[{w.chat_clock()}] {w.fac('wic')}: Hi! Yes. Please send the WIC ID and baby's date of birth.",
        f"[{w.chat_clock()}] {w.name(mom, 'given')}: WIC ID {w.ident('', 9)} baby {w.name(baby, 'given')} born {w.date(w.day(2025, 2026), 'mdy')}",
        f"[{w.chat_clock()}] {w.fac('wic')}: Thanks. Is baby still on {M('Abbott')} Similac or switching?",
        f"[{w.chat_clock()}] {w.name(mom, 'given')}: {w.kin(mom.culture, w.chance(0.5))} says formula makes him spit up. doctor {w.clin(('MD', 'NP'))} wrote {MD('Similac Alimentum')}, medicaid {w.plan()}",
    ]
    if w.chance(0.5):
        lines.append(
            f"[{w.chat_clock()}] {w.name(mom, 'given')}: my own birth date on kebele ID is {w.eth_date()} if you need, I am {w.young()} yrs"
        )
    else:
        lines.append(f"[{w.chat_clock()}] {w.name(mom, 'given')}: we moved to {w.full_addr()} new phone {w.phone()}")
    lines.append(
        f"[{w.chat_clock()}] {w.fac('wic')}: Got it, {w.name(mom, 'given')}. Bring the note to {w.dept('Pediatrics')} form {C('Z00.121')}."
    )
    return "\n".join(lines), _case(w, 0.0, 0.15)


def m_parking(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        f"Parking validation request\n"
        f"Name: {w.name(p, w.pick(('full', 'caps', 'lastfirst')))}\n"
        f"Visit date: {w.date(style=w.pick(('mdy', 'mdy_np', 'iso', 'wk')))}\n"
        f"Clinic visited: {w.dept('Cardiology', 'Urology', 'Rheumatology', 'Neurology', 'Dermatology')} at {w.fac('hospital')}\n"
        f"Vehicle plate: {w.plate()}{' / VIN ' + w.vin() if w.chance(0.35) else ''}\n"
        f"Garage ticket #: {w.ident('', 8)}\n"
        f"MRN: {w.mrn()}\n"
        f"Contact: {w.phone()} / {w.email(p)}\n"
        f"Comments: the pay machine on level 2 did not take the validation sticker, I paid $14 on card. "
        f"I was there for a {E('Holter')} hookup at {w.clock()} and it ran long. Please refund to acct {w.acct()}.",
        _case(w, 0.1, 0.05),
    )


def m_wheelchair(w: W) -> tuple[str, str]:
    p = w.person()
    maker, model = w.pick(((M("Permobil"), MD("F5 Corpus")), (M("Invacare"), MD("TDX SP2")), (M("Quantum"), MD("Q6 Edge")), (M("Pride"), MD("Jazzy Elite"))))  # fmt: skip
    return (
        f"REPAIR TICKET {w.ident('RT-', 6)} | opened {w.date(style=w.pick(('mdy', 'iso')))} {w.clock()}\n"
        f"Client: {w.name(p, 'caps')} | DOB {w.dob()} | {w.phone()}\n"
        f"Address: {w.full_addr()}\n"
        f"Chair: {maker} {model} | serial {w.serial()} | joystick {w.serial('JS')}\n"
        f"Payer: {w.ins()} {w.plan()}; HCPCS {C('K0108')}, {C('E2361')}, {C('K0739')} x2 units\n"
        f"Issue: left drive motor cuts out on ramps, batteries swell. Client is {w.young()} yo, "
        f"{w.pick(('ALS', 'SCI C5', 'MS', 'CP'))}, cannot transfer w/o help. Caregiver {w.n('full')} at {w.phone()}.\n"
        f"Tech assigned: {w.n('ini_last')} | van {w.plate()}\n"
        f"> client reply: pls come before {w.date(style=w.pick(('wk', 'wkl', 'Bd')))}, dialysis M/W/F",
        "",
    )


def m_vaccine(w: W) -> tuple[str, str]:
    p = w.person()
    vax = w.pick(((M("Pfizer"), MD("Comirnaty"), C("91320")), (M("Moderna"), MD("Spikevax"), C("91322")), (M("GSK"), MD("Shingrix"), C("90750")), (M("Sanofi"), MD("Fluzone High-Dose"), C("90662"))))  # fmt: skip
    older = w.chance(0.4)
    return (
        f"DRAFT - vaccine adverse event report (do not submit yet)\n"
        f"Patient: {w.name(p, w.pick(('full', 'lastfirst')))}   Sex: {'F' if p.female else 'M'}   Age: {w.age90() if older else w.young()}\n"
        f"DOB: {w.dob(1920 if older else 1940, 1934 if older else 2005)}   Phone: {w.phone()}\n"
        f"Address: {w.full_addr()}\n"
        f"Vaccine: {vax[0]} {vax[1]} (CPT {vax[2]}), lot {w.lot()}, given {w.date(style=w.pick(('mdy', 'iso', 'Bdy')))} at {w.fac('clinic')}\n"
        f"Event: onset {w.date(style=w.pick(('md', 'bd', 'th')))} - {w.pick(('syncope in chair', 'hives on arms', 'shoulder pain and limited ROM', 'fever 39.2 C'))}, treated with {D(w.pick(('diphenhydramine 25 mg PO', 'epinephrine 0.3 mg IM', 'acetaminophen 650 mg')))}.\n"
        f"Reporter: {w.clin(('RN', 'PharmD', 'MD'))}, {w.email()}\nLocal report ID {w.ident('VX', 7)}; MRN {w.mrn()}",
        "",
    )


def m_respite(w: W) -> tuple[str, str]:
    elder = w.person()
    cg = w.person(elder.culture, female=True)
    return (
        f"Hello {w.fac('respite')},\n\nI want to book respite for my {w.kin(elder.culture, elder.female)} {w.name(elder, 'full')}, "
        f"who is {w.age90()} and has {E('Alzheimer')} dementia ({C('G30.1')}). I am {w.name(cg, 'full')}, the daughter-in-law / main caregiver.\n"
        f"Dates: {w.date(style=w.pick(('Bd', 'md', 'th')))} to {w.date(style=w.pick(('Bd', 'md', 'bd', 'th')))} (we travel to {w.loc(True)} for a funeral, reach us at {w.intl(w.last_abroad)}).\n"
        f"* meds: {D('donepezil 10 mg qhs')}, {D('sertraline 50 mg')}\n* speaks only {w.pick(('Amharic', 'Somali', 'Hmong', 'Tigrinya'))}, halal/no pork\n"
        f"* {w.ins()} waiver # {w.plan()}\n* address {w.full_addr()}\n\n"
        f"You can reach me at {w.phone()} or my husband {w.n('given')} at {w.intl() if w.chance(0.4) else w.phone()}.\nThanks, {w.name(cg, 'given_ini')}",
        _case(w, 0.0, 0.1),
    )


def m_amend(w: W) -> tuple[str, str]:
    p = w.person()
    wrong = w.pick(
        (
            "lists me as a smoker",
            "says I have hepatitis B",
            "has my birthplace wrong",
            "lists the wrong allergy (penicillin)",
        )
    )
    return (
        f"To: {w.dept('Health Information Management')}, {w.fac('hospital')}\nFax: {w.fax()}\n"
        f"Subject: amendment request under HIPAA\n\n"
        f"Patient name: {w.name(p, 'lastfirst')}\nDate of birth: {w.dob()}\nMRN: {w.mrn()}\nSSN (last on file): {w.ssn()}\n\n"
        f"The visit note from {w.date(style=w.pick(('mdy', 'Bdy', 'dmy')))} by {w.clin(('MD', 'DO'))} {wrong}. "
        f"I am {w.young()} years old and was born in {w.loc(True)}, not {w.loc(True)}, and my name is spelled {w.name(p, 'upper')}. "
        f"The diagnosis code {C(w.pick(('B18.1', 'F17.210', 'Z88.0')))} should be removed.\n\n"
        f"Mail the answer to {w.full_addr()} or e-mail {w.email(p)}.\n{w.name(p, 'full')}  {w.phone()}",
        "",
    )


def m_council(w: W) -> tuple[str, str]:
    me = w.person()
    quoted = w.person()
    return (
        f"From: {w.email(me)}\nSent: {w.date(style='wkl')} {w.clock()} PM\nTo: patient advisory council list\n\n"
        f"Hi all - notes from the patient and family advisory council meeting. {w.name(quoted, 'full')} "
        f"({w.pick(('Somali', 'Oromo', 'Hmong', 'Tigrinya'))} community) asked that {w.dept('Patient Experience')} put interpreters on the kiosk. "
        f"Next meeting {w.date(style=w.pick(('th', 'th', 'bd')))}, room B, or on Zoom {w.url('zoom.us', 'j/' + w.digits(10))}.\n\n"
        f"> On {w.date(style='bdy')}, {w.name(quoted, 'given')} wrote:\n> my {w.kin(quoted.culture)} ({w.young()} yrs) waited 3 hours in {w.dept('Gastroenterology', 'Neurology', 'Rheumatology')}\n> and nobody explained the {E('Crohn')} test\n\n"
        f"--\n{w.name(me, 'full')}\nPFAC co-chair, {w.fac('hospital')}\n{w.phone()}",
        "",
    )


def m_utility(w: W) -> tuple[str, str]:
    p = w.person()
    dev = w.pick(("oxygen concentrator", "home hemodialysis machine", "CPAP", "feeding pump"))
    return (
        f"Medical certificate request - please fill by {w.date(style=w.pick(('md', 'th', 'Bd')))}\n\n"
        f"Dr. {w.n('sur')}, my electric company {w.fac('utility')} needs a medical certificate so they do not shut off power. "
        f"Account holder: {w.name(p, 'full')}, account no. {w.acct()}, service address {w.full_addr()}. "
        f"Patient uses a {dev} 24/7 ({M(w.pick(('Inogen', 'Philips', 'ResMed', 'Moog')))}, serial {w.serial()}). "
        f"Dx {C(w.pick(('J44.1', 'J96.11', 'G47.33')))}. Their fax is {w.fax()}, phone {w.phone()}. MRN {w.mrn()}.\n"
        f"- {w.name(p, 'given')}",
        _case(w, 0.1, 0.1),
    )


def m_wifi(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        f"GUEST WI-FI DEVICE REGISTRATION - {w.fac('hospital')}\n"
        f"Patient/visitor: {w.name(p, 'full')} ({w.young()} y/o)  Room 4{w.r.randint(10, 60)}\n"
        f"Device: {w.pick(('tablet', 'phone', 'laptop'))}, serial {w.serial()}\n"
        f"Assigned IP {w.ip()}; gateway {w.ip()}\n"
        f"Portal link sent: {w.url('guest.' + w.pick(('nabadhealth', 'hiwotmed', 'lubzog')) + '.org', 'register?t=' + w.upper(6))}\n"
        f"Requested {w.date(style=w.pick(('mdy', 'iso')))} {w.clock()} by {w.n('ini_last')} ({w.dept('Oncology', 'Cardiology', 'Neurology')} unit clerk)\n"
        f"Note: daughter {w.n('given', female=True)} needs it to video call relatives in {w.loc(True)} ({w.intl(w.last_abroad)}).",
        "",
    )


def m_pendant(w: W) -> tuple[str, str]:
    p = w.person()
    r1, r2 = w.person(p.culture), w.person(p.culture)
    return (
        f"Medical alert pendant enrollment\n"
        f"Subscriber: {w.name(p, 'caps')}, age {w.age90() if w.chance(0.6) else w.young()}\n"
        f"Home: {w.full_addr()}  Landline {w.phone()}\n"
        f"Pendant serial {w.serial()} ({M(w.pick(('Philips', 'Medical Guardian', 'Bay Alarm')))} {MD(w.pick(('Lifeline GoSafe 2', 'MGMove', 'SOS Smartwatch')))})\n"
        f"Responders:\n  1. {w.name(r1, 'full')} - {w.phone()}\n  2. {w.name(r2, 'full')} - {w.phone()}\n"
        f"Conditions: {E('Parkinson')} disease ({C('G20.A1')}), falls; on {D('carbidopa/levodopa 25/100 mg TID')}\n"
        f"Payer: {w.ins()} {w.plan()}\nEnrolled {w.date(style=w.pick(('Bdy', 'mdy')))} by {w.n('full')}",
        _case(w, 0.15, 0.0),
    )


def m_milk(w: W) -> tuple[str, str]:
    p = w.person(female=True)
    baby = w.person(p.culture)
    return (
        f"Hi {w.fac('milk')} team,\nI would like to be screened as a donor (I am {w.r.randint(19, 41)} yrs). My name is {w.name(p, 'full')}, "
        f"DOB {w.dob(1985, 2004)}, and my baby {w.name(baby, 'given')} was born {w.date(w.day(2025, 2026), w.pick(('Bd', 'mdy', 'bd', 'wkl')))} at {w.fac('hospital')}. "
        f"I pump with a {M('Medela')} {MD('Symphony')} and have about 300 oz frozen. Meds: {D('levothyroxine 50 mcg')} only. "
        f"My OB is {w.clin(('MD', 'CNM'))}, fax {w.fax()}. Blood draw can be at {w.addr()}. Donor #{w.ident('D', 6)} from last time?\n"
        f"Thanks! {w.phone()}",
        _case(w, 0.0, 0.2),
    )


def m_volunteer(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        f"From: {w.dept('Infectious Disease', 'Patient Experience')} / volunteer services <{w.email(domain='hiwotmed.org')}>\n"
        f"To: {w.email(p)}\n\nDear {w.name(p, 'given')},\nWelcome to volunteer services at {w.fac('hospital')}! Volunteers under age 18 need a parent form; you wrote age {w.young()}, so none needed. Before your first shift on "
        f"{w.date(style=w.pick(('wkl', 'wk', 'Bd')))} please:\n"
        f"1) TB test - {E('Mantoux')} read within 48-72 h, or QuantiFERON ({C('86480')})\n"
        f"2) flu shot, lot on card\n3) badge photo - badge # {w.ident('V', 5)}\n"
        f"4) background check: driver's licence {w.lic()} and SSN {w.ssn()} on the form\n\n"
        f"Parking: register plate {w.plate()}. Questions: {w.phone()}\n{w.n('full')}, volunteer coordinator",
        "",
    )


def m_paratransit(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        f"{w.fac('transit')} - paratransit eligibility, professional verification\n"
        f"Applicant\t{w.name(p, w.pick(('lastfirst', 'caps')))}\n"
        f"DOB\t{w.dob()}\n"
        f"Rider ID\t{w.ident('R', 7)}\n"
        f"Address\t{w.full_addr()}\n"
        f"Phone\t{w.phone()}\n"
        f"Diagnosis\t{C(w.pick(('H54.0', 'G35', 'I69.351', 'M17.0')))}, uses {w.pick(('white cane', 'walker', 'power chair'))}\n"
        f"Medicaid\t{w.plan()}\n"
        f"Clinician\t{w.clin(('MD', 'DO', 'NP', 'OTR/L'))} | {w.fac('clinic')} | fax {w.fax()}\n"
        f"Signed\t{w.date(style=w.pick(('mdy', 'mdy2')))}\n"
        f"ID verified\t{w.pick(('MN', 'WI', 'OH', 'CA'))} DL {w.lic()}",
        "",
    )


MESSAGE_GENRES: tuple[Genre, ...] = (
    m_dialysis, m_foodbank, m_wic, m_parking, m_wheelchair, m_vaccine, m_respite, m_amend, m_council, m_utility,
    m_wifi, m_pendant, m_milk, m_volunteer, m_paratransit,
)  # fmt: skip


# ================================================================= clinical
def _header(w: W, p: Person) -> str:
    return w.pick((
        f"{w.fac('hospital')}\nPatient: {w.name(p, 'caps')}   MRN: {w.mrn()}   DOB: {w.dob()}\n",
        f"{w.name(p, 'lastfirst')} | {w.young()} y/o | MRN {w.mrn()} | DOB {w.dob()} | {w.fac('clinic')}\n",
        f"PATIENT: {w.name(p, 'caps')}\nAGE: {w.young()}\nMRN: {w.mrn()}\nDOS: {w.date(style=w.pick(('mdy', 'wk')))}\n",
    ))  # fmt: skip


def _footer(w: W) -> str:
    return w.pick((
        "",
        f"\nPrinted by {w.n('initials')} {w.date(style='mdy')} {w.clock()} - page 1 of 1",
        f"\nAddendum {w.date(style='md')}: pt called {w.phone()}, questions answered. -{w.n('initials')}",
        f"\ncc: {w.clin(('MD', 'DO'))}, fax {w.fax()}",
        "",
    ))  # fmt: skip


def c_npwt(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        _header(w, p) + f"NPWT dressing change - {w.dept('Wound Care')}\n"
        f"Wound: {w.pick(('sacral stage 4', 'L BKA stump dehiscence', 'abdominal dehiscence'))}, {w.r.randint(3, 12)}.{w.r.randint(0, 9)} x {w.r.randint(2, 8)}.{w.r.randint(0, 9)} x {w.r.randint(1, 4)}.{w.r.randint(0, 9)} cm\n"
        f"Device: {M('3M')} {MD('V.A.C. Ulta')} pump serial {w.serial()}, -125 mmHg continuous\n"
        f"Foam: black granufoam x1, canister changed. Periwound macerated, {D('silver sulfadiazine 1% cream')} applied.\n"
        f"Codes: {C('97606')}, {C('L89.154')}. Next change {w.date(style=w.pick(('wk', 'wkl', 'md', 'bd')))}.\n"
        f"Home health: {w.fac('clinic')} {w.phone()}\n{w.clin(('RN', 'NP'))}" + _footer(w),
        "",
    )


def c_picc(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        _header(w, p) + f"PICC insertion note - {w.dept('Interventional Radiology')}\n"
        f"Indication: IV {D(w.pick(('vancomycin 1.25 g q12h', 'ceftriaxone 2 g daily', 'ertapenem 1 g daily')))} x 6 wk for osteomyelitis ({C('M86.171')}).\n"
        f"Consent from pt {w.young()} y/o, witness {w.n('full')}. Time out {w.clock()}.\n"
        f"Right basilic vein, US guided, 4 Fr single lumen {M('BD')} {MD('PowerPICC')}, lot {w.lot()}, trimmed to {w.r.randint(38, 46)} cm. "
        f"Tip at cavoatrial junction by ECG. CPT {C('36573')}.\n"
        f"Performed by {w.clin(('RN', 'PA-C'))}. Infusion pump for home: serial {w.serial()}, delivered to {w.full_addr()}."
        + _footer(w),
        "",
    )


def c_hand(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        _header(w, p) + f"Hand therapy - custom orthosis\n"
        f"Referred by {w.clin(('MD', 'DO'))} for {w.pick(('carpal tunnel syndrome', 'de Quervain tenosynovitis', 'trigger thumb'))}.\n"
        f"Tests: {E('Tinel')} +, {E('Phalen')} + at {w.r.randint(15, 50)} s, {E('Finkelstein')} {w.pick(('+', '-'))}.\n"
        f"| grip (lb) | R {w.r.randint(30, 90)} | L {w.r.randint(30, 90)} |\n| pinch (lb) | R {w.r.randint(6, 20)} | L {w.r.randint(6, 20)} |\n"
        f"Fabricated thumb spica orthosis ({C('L3807')}); {C('97760')}. Pt works at {w.fac('supply')} packing boxes. "
        f"F/u {w.date(style=w.pick(('md', 'bd', 'wk')))}.\n{w.n('full')}, OTR/L, CHT" + _footer(w),
        "",
    )


def c_urodyn(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        _header(w, p) + f"URODYNAMIC STUDY ({C('51728')}, {C('51741')}) - {w.dept('Urology')}\n"
        f"Age {w.young()}, {'F' if p.female else 'M'}. Indication: mixed incontinence {C('N39.46')}.\n"
        f"First sensation 110 mL, capacity {w.r.randint(280, 520)} mL, Pdet max {w.r.randint(15, 60)} cmH2O, leak with cough. "
        f"PVR {w.r.randint(10, 120)} mL. {E('Kegel')} training reviewed; {D('mirabegron 25 mg daily')} started.\n"
        f"Interpreted by {w.clin(('MD',))} on {w.date(style=w.pick(('mdy', 'Bdy')))}. Records to {w.fac('clinic')}, fax {w.fax()}."
        + _footer(w),
        "",
    )


def c_colpo(w: W) -> tuple[str, str]:
    p = w.person(female=True)
    return (
        _header(w, p) + f"Colposcopy report - {w.dept('Obstetrics', 'Gynecology')}\n"
        f"{w.r.randint(21, 64)} yo G{w.r.randint(1, 6)}P{w.r.randint(0, 5)}, referred for {w.pick(('HSIL', 'ASC-H', 'LSIL, HPV 16+'))} "
        f"{E('Papanicolaou')} smear from {w.date(style=w.pick(('mdy', 'my')))}. Interpreter {w.n('full')} (ID {w.ident('', 5)}) present.\n"
        f"Acetic acid and {E('Lugol')} applied; TZ type 2; acetowhite at 3 and 11 o'clock.\n"
        f"Biopsies x2 + ECC ({C('57454')}); specimen {w.ident('S25-', 6)} to {w.fac('lab')}.\n"
        f"Dx {C('R87.613')}. {w.clin(('MD', 'CNM', 'NP'))}" + _footer(w),
        "",
    )


def c_holter(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        _header(w, p) + f"{E('Holter')} monitor report ({C('93224')}) - {w.dept('Cardiology')}\n"
        f"Recorder {M('Zio')} / {MD('Zio XT')} serial {w.serial()}; hookup {w.date(style='mdy')} {w.clock()}, {w.r.randint(24, 48)} h.\n"
        f"Underlying sinus rhythm, HR {w.r.randint(42, 60)}-{w.r.randint(110, 160)} (avg {w.r.randint(65, 90)}).\n"
        f"PVC burden {w.r.randint(1, 14)}%, {w.r.randint(0, 9)} runs NSVT, longest {w.r.randint(3, 9)} beats. No pauses > 3 s.\n"
        f"Diary: palpitations at {w.clock()} correlate with PACs. On {D('metoprolol succinate 25 mg')}.\n"
        f"Read by {w.clin(('MD', 'DO'))}, NPI {w.npi()}" + _footer(w),
        "",
    )


def c_dxa(w: W) -> tuple[str, str]:
    p = w.person(female=w.chance(0.8))
    old = w.chance(0.35)
    return (
        _header(w, p) + f"DXA BONE DENSITY ({C('77080')})\n"
        f"Age: {w.age90() if old else w.young()}  Scanner: {M('Hologic')} {MD('Horizon A')}\n"
        f"Site\tBMD\tT-score\tZ-score\n"
        f"L1-L4\t0.{w.r.randint(700, 999)}\t-{w.r.randint(0, 3)}.{w.r.randint(0, 9)}\t-{w.r.randint(0, 2)}.{w.r.randint(0, 9)}\n"
        f"Fem neck\t0.{w.r.randint(500, 850)}\t-{w.r.randint(1, 3)}.{w.r.randint(0, 9)}\t-0.{w.r.randint(0, 9)}\n"
        f"Impression: {w.pick(('osteoporosis', 'osteopenia'))} ({C(w.pick(('M81.0', 'M85.89')))}); FRAX reviewed. "
        f"Consider {D(w.pick(('alendronate 70 mg weekly', 'denosumab 60 mg SC q6mo', 'zoledronic acid 5 mg IV yearly')))}. "
        f"Prior study {w.date(style=w.pick(('mdy', 'my')))} at {w.fac('hospital')}.\n{w.clin(('MD',))}" + _footer(w),
        "",
    )


def c_genetic(w: W) -> tuple[str, str]:
    p = w.person()
    rel = w.person(p.culture)
    return (
        f"GENETIC TEST REQUISITION - {w.fac('lab')}\nRequisition #: {w.ident('RQ', 8)}\n"
        f"Patient: {w.name(p, 'caps')}  DOB: {w.dob()}  Sex: {'F' if p.female else 'M'}\nMRN: {w.mrn()}\n"
        f"Address: {w.full_addr()}\nPhone: {w.phone()}\n"
        f"Test: hereditary cancer panel ({C('81432')}); ICD-10 {C('Z80.3')}, {C('Z15.01')}\n"
        f"Family hx: {w.kin(p.culture, True)} breast ca at {w.r.randint(35, 60)}; cousin {w.name(rel, 'full')} BRCA2 positive (report {w.ident('GX', 7)}).\n"
        f"Ancestry: {w.pick(('Ethiopian', 'Eritrean', 'Somali', 'Hmong'))}, born in {w.loc(True)}\n"
        f"Billing: {w.ins()} member {w.plan()}\nOrdering: {w.clin(('MD', 'MS, CGC'))}, NPI {w.npi()}",
        "",
    )


def c_tb(w: W) -> tuple[str, str]:
    idx = w.person()
    rows = []
    for _ in range(w.r.randint(2, 4)):
        c = w.person(idx.culture)
        rows.append(
            f"| {w.name(c, w.pick(('full', 'lastfirst')))} | {w.young() if w.chance(0.8) else w.age90()} | {w.pick(('household', 'coworker', 'church'))} | {E('Mantoux')} {w.r.randint(0, 18)} mm |"
        )
    return (
        f"TB contact investigation - {w.fac('clinic')} public health\n"
        f"Index case: {w.name(idx, 'full')} (case {w.ident('TB-', 6)}), smear + {w.date(style=w.pick(('mdy', 'iso')))}; {C('A15.0')}\n"
        f"Home visit to {w.full_addr()}; born in {w.loc(True)}.\n"
        f"| contact | age | setting | result |\n" + "\n".join(rows) + "\n"
        f"Started {D('rifampin 600 mg daily')} x 4 mo for LTBI ({C('Z22.7')}). Chest x-ray via {w.dept('Infectious Disease')}.\n"
        f"PHN: {w.clin(('RN', 'PHN'))}, {w.phone()}" + _footer(w),
        "",
    )


def c_midwife(w: W) -> tuple[str, str]:
    mom = w.person(female=True)
    baby = w.person(mom.culture)
    return (
        f"Postpartum home visit - nurse-midwife\n{w.name(mom, w.pick(('full', 'lastfirst')))}, {w.r.randint(17, 43)} yo, day {w.r.randint(2, 10)} after SVD on {w.date(style=w.pick(('md', 'mdy', 'Bd')))}.\n"
        f"Visit at {w.full_addr()}; {w.kin(mom.culture)} and {w.n('given')} present.\n"
        f"BP {w.r.randint(100, 140)}/{w.r.randint(60, 90)}, fundus firm, lochia rubra mod. Perineum healing.\n"
        f"Baby {w.name(baby, 'given')}: wt {w.r.randint(2900, 4100)} g, jaundice to chest, bili check at {w.fac('hospital')}.\n"
        f"Breastfeeding well; {D('ibuprofen 600 mg q6h prn')}, {D('ferrous sulfate 325 mg daily')}. {E('Edinburgh')} score {w.r.randint(2, 14)}.\n"
        f"{C('59430')}, {C('Z39.2')}.\n{w.n('full')}, CNM" + _footer(w),
        "",
    )


def c_podiatry(w: W) -> tuple[str, str]:
    p = w.person()
    old = w.chance(0.4)
    return (
        _header(w, p) + f"Podiatry - debridement of nails\n"
        f"{w.age90() if old else w.young()} y/o with DM2 ({C('E11.42')}) and onychomycosis ({C('B35.1')}). "
        f"Nails 1-5 bilateral thick, dystrophic, painful in shoes. Pedal pulses {w.pick(('palpable', 'diminished'))}; monofilament {w.r.randint(4, 10)}/10.\n"
        f"Debridement of nails x{w.r.randint(6, 10)} ({C('11721')}), Q8 modifier. Ciclopirox discussed. "
        f"Transport: son drives, plate {w.plate()}.\n{w.n('full')}, DPM  ({w.dea()} DEA)" + _footer(w),
        "",
    )


def c_biologic(w: W) -> tuple[str, str]:
    p = w.person()
    drug = w.pick((("infliximab 5 mg/kg", "J1745", "K50.90"), ("vedolizumab 300 mg", "J3380", "K51.90"), ("ocrelizumab 600 mg", "J2350", "G35"), ("rituximab 1000 mg", "J9312", "M05.79")))  # fmt: skip
    rows = "\n".join(
        f"{w.clock()} | BP {w.r.randint(100, 150)}/{w.r.randint(60, 95)} | HR {w.r.randint(60, 100)} | {w.pick(('rate 50', 'rate 100', 'rate 200', 'no rxn'))}"
        for _ in range(3)
    )
    return (
        _header(w, p) + f"Biologic infusion record - {w.fac('infusion')}\n"
        f"Drug: {D(drug[0])} IV, lot {w.lot()}, HCPCS {C(drug[1])}; premed {D('acetaminophen 650 mg')}, {D('diphenhydramine 25 mg')}\n"
        f"Dx {C(drug[2])}. Auth {w.ident('PA', 8)} from {w.ins()} (member {w.plan()}).\n"
        f"time | BP | HR | note\n{rows}\n"
        f"Pump serial {w.serial()}. RN {w.n('ini_last')}; next infusion {w.date(style=w.pick(('mdy', 'wk', 'Bd')))}."
        + _footer(w),
        "",
    )


def c_lp(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        _header(w, p) + f"Lumbar puncture procedure note - {w.dept('Neurology')}\n"
        f"Indication: r/o {w.pick(('IIH', 'meningitis', 'Guillain-Barre syndrome', 'NPH'))}. Consent by pt"
        f"{' and HCP ' + w.n('full') + ' (' + w.phone() + ')' if w.chance(0.5) else ''}. Time out {w.clock()}.\n"
        f"L3-4, lateral decubitus, 20G {E('Quincke')} needle, {D('lidocaine 1% 3 mL')}. OP {w.r.randint(10, 38)} cmH2O. "
        f"{w.r.randint(8, 30)} mL clear CSF, tubes 1-4 to lab, accession {w.ident('CSF', 7)}.\n"
        f"CPT {C('62270')}. No complications.\n{w.clin(('MD', 'DO', 'PA-C'))}" + _footer(w),
        "",
    )


def c_chemoden(w: W) -> tuple[str, str]:
    p = w.person()
    return (
        _header(w, p) + f"Chemodenervation - chronic migraine ({C('G43.709')}) - {w.dept('Neurology')}\n"
        f"{M('Allergan')} {MD('Botox')}: {D('onabotulinumtoxinA 155 units')} IM, 31 sites per PREEMPT protocol; lot {w.lot()}, "
        f"exp {w.r.randint(1, 12):02d}/{w.r.randint(2027, 2029)}. HCPCS {C('J0585')}, CPT {C('64615')}.\n"
        f"Headache days/month {w.r.randint(16, 28)} -> {w.r.randint(6, 16)}. Tolerated well.\n"
        f"Prior auth {w.ident('PA', 9)}, {w.ins()} {w.plan()}.\n{w.clin(('MD', 'DO'))} | next {w.date(style=w.pick(('Bdy', 'my', 'mdy')))}"
        + _footer(w),
        "",
    )


def c_patch(w: W) -> tuple[str, str]:
    p = w.person()
    allergens = ("nickel sulfate", "fragrance mix I", "balsam of Peru", "cobalt chloride", "MCI/MI", "PPD", "neomycin")
    rows = "\n".join(
        f"| {a} | {w.pick(('-', '?+', '+', '++'))} | {w.pick(('-', '+', '++', '+++'))} |"
        for a in w.r.sample(allergens, 4)
    )
    return (
        _header(w, p) + f"Allergy patch test reading - {w.dept('Dermatology')}\n"
        f"Applied {w.date(style=w.pick(('wk', 'md', 'bd')))}, read at 48 h and 96 h ({C('95044')}, 80 allergens).\n"
        f"| allergen | 48 h | 96 h |\n{rows}\n"
        f"Impression: allergic contact dermatitis ({C('L23.0')}). Works at {w.fac('supply')}; avoid {w.pick(('nickel', 'fragrance', 'hair dye'))}. "
        f"{D('triamcinolone 0.1% ointment BID')} x 2 wk.\n{w.clin(('MD', 'PA-C', 'NP'))}" + _footer(w),
        "",
    )


def _extras(w: W) -> str:
    """Sections some clinical documents carry after the body: registration, portal, transport, care team, social."""
    out = []
    c = w.pick(("eth", "som", "hmo"))
    if w.chance(0.45):
        ec = w.person(c)
        out.append(
            f"--- REGISTRATION ---\nAddr: {w.full_addr()}\nHome ph: {w.phone()}  Email: {w.email()}\n"
            f"SSN: {w.ssn()}  HAR/Acct: {w.acct()}\nPlan: {w.ins()} {w.plan()}\n"
            f"Emergency contact: {w.name(ec, w.pick(('full', 'lastfirst')))} ({w.kin(c, ec.female).lower()}) {w.phone()}"
        )
    if w.chance(0.35):
        out.append(
            f"Portal: results released {w.date(style=w.pick(('mdy', 'iso')))}, viewed at {w.url('mychart.' + w.pick(('hiwotmed', 'nabadhealth', 'lubzog')) + '.org', 'visit/' + w.digits(8))} from IP {w.ip()}"
        )
    if w.chance(0.3):
        if w.chance(0.5):
            out.append(f"Transport: family car, plate {w.plate()}; driver {w.n('full')} showed DL {w.lic()}")
        else:
            out.append(f"Transport: {w.fac('transit')} van {w.plate()} (VIN {w.vin()}), rider ID {w.ident('R', 7)}")
    if w.chance(0.3):
        out.append(
            f"CARE TEAM\n- PCP: {w.clin(('MD', 'DO'))}, {w.fac('clinic')}\n- RN: {w.n('full')}, lic {w.lic()}\n"
            f"- Pharm: {w.n('ini_last')}, DEA {w.dea()}"
        )
    if w.chance(0.25):
        g = w.person(c)
        out.append(
            f"Social: lives with {w.kin(c, g.female).lower()} {w.name(g, 'given')}, who is {w.age90()}; daughter e-mail {w.email()}"
        )
    return "\n\n" + "\n\n".join(out) if out else ""


CLINICAL_GENRES: tuple[Genre, ...] = (
    c_npwt, c_picc, c_hand, c_urodyn, c_colpo, c_holter, c_dxa, c_genetic, c_tb, c_midwife, c_podiatry,
    c_biologic, c_lp, c_chemoden, c_patch,
)  # fmt: skip


# ---------------------------------------------------------------- rows
def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family`, reproducible from `seed`."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}")
    genres = MESSAGE_GENRES if family == "messages" else CLINICAL_GENRES
    rng = random.Random(f"eval14-{family}-{seed}")
    rows: list[dict] = []
    seen: set[str] = set()
    while len(rows) < n:
        genre = genres[len(rows) % len(genres)]
        w = W(rng)
        marked, case = genre(w)
        if family == "clinical":
            marked += _extras(w)
        text, phi, keep = parse(marked, case)
        if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
            continue
        seen.add(text)
        rows.append({"id": f"eval14-{family}-{len(rows)}", "family": family, "text": text, "phi": phi,
                     "keep": list(keep), "keep_kinds": keep})  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--family", choices=FAMILIES, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dumps(generate(args.family, args.n, args.seed)))


if __name__ == "__main__":
    main()
