"""Sixteenth independent de-identification evaluation set (eval16): home infusion pharmacy delivery
texts (pump serials, delivery windows), prenatal ultrasound scheduling messages (due dates, quoted
replies), opioid-treatment (MOUD) clinic check-in chats with clock times, jail health transfer of
custody forms (booking numbers, ages over 90), mobile crisis team callbacks (chat lines, kinship
words), pediatric asthma action plan messages (bullets, spacer models), lactation consult follow-ups
(breast pump serials), civil surgeon letters for special immigrant visa applicants (A-numbers, SIV
case numbers, tazkira birth dates written day.month.year), disability parking placard forms
(plates, driver's licences, VINs), court-ordered evaluation scheduling (docket numbers), food
allergy school forms (bullets, epinephrine lot numbers), home oxygen delivery confirmations
(concentrator serials, tab tables), patient portal password resets (links, IP addresses), dental
referral texts (CDT codes, quoted replies) and transportation voucher requests (voucher numbers)
(`messages`); and civil surgeon (I-693) exam notes, TB clinic directly observed therapy (DOT) logs
with a tab table, prenatal visit notes (fundal height), MOUD induction notes (COWS), dermatology
punch biopsy notes, cardiac rehab session notes with a pipe table, ENT tympanostomy notes, infusion
reaction notes, pediatric sick visits, psychiatric intake summaries (PHQ-9), pulmonary function
reports (DLCO, a pipe table), sickle-cell vaso-occlusive crisis notes, hepatitis B clinic notes
(HBsAg), ophthalmology cataract pre-op notes (biometry) and pain clinic fluoroscopic injection notes
(`clinical`). Each genre occurs equally often (twenty rows per genre in `messages`, eight in
`clinical`, in turn). Some messages are all capitals or all lower case; layouts include key: value
forms, `|` and tab tables, bullets, "> " quoted replies, chat lines with clock times, signatures,
page headers and footers (REGISTRATION, CARE TEAM, INTERPRETER, Addendum and "Printed by" sections
in the clinical notes).

Written by a writer who read only `tests/deid/evalset_checks.py`, `tests/deid/test_evalset15.py`,
`tests/deid/conftest.py`, `tests/deid/test_evalset_generators.py`, the module docstrings of
`tools/deid/evalset15.py` and `tools/deid/evalset14.py` (nothing below them),
`tools/deid/faker_tables.py`, `medcode/deid/types.py` and `datasets/deid/README.md`. evalset15 was
imported only to list the names of its public objects and the signatures of `generate`, `dumps`,
`provenance_problems` and `main` (and the values of `KEEP_KINDS` and `FAMILIES`), to keep the same
interface; none of its code was read. None of the de-identifier's rules, lexicons, keep lists or
models, none of the other generators' templates and none of their sets were read. The
de-identifier was never run on this text.

Why it exists: every earlier family has been read while the rules were tuned, so each flatters
them. This family brings text shapes and values nobody tuned on.

Locales: none. Every Faker locale with person or city tables is taken by an earlier list, set,
corpus or generator, so this family reads no Faker table at all: ``NAME_LOCALES``,
``CITY_LOCALES``, ``ORG_LOCALES``, ``LOCALES`` and ``FAKER_TABLES`` are empty and
``provenance_problems()`` returns []. Names come from hand-written lists of four naming cultures no
earlier family used, in the Latin spellings met on US papers, with variants: Afghan (Pashto and
Dari given names, often of two words with "Gul", "Jan", "Khan", "Noor" or "-ullah" in them, "Gul
Ahmad", "Shah Jan", "Khan Mohammad"; tribal and family surnames "Ahmadzai", "Popal", "Wardak" /
"Wardag", "Noorzai" / "Nurzai"; many adults with a single name; the father's name after "s/o" or
"d/o"), Congolese (Lingala, Swahili and Tshiluba surnames and postnoms "Mukendi", "Ilunga",
"Kalala", "Mwamba", "Kabongo", French and Swahili given names "Dieudonne", "Esperance", "Furaha";
surname first on papers, "ILUNGA KABONGO Esperance"), Rohingya (one name, or "Mohammed" / "Noor" /
"Nur" with one more, "Noor Begum", written with "FNU" or "LNU" by a registrar) and Haitian (Kreyol
and French: "Jean-Baptiste", "Pierre-Louis", "Dieujuste" / "Dieu-Juste", "Louissaint" /
"Louis-Saint", "Exantus", hyphenated given names "Marie-Claude", "Jean-Robert"). Towns come from
hand-written lists (``US_TOWNS``: resettlement and community towns with state, ZIP prefix and area
code; ``ABROAD_TOWNS`` in Afghanistan, the DR Congo, the refugee camps of Cox's Bazar in Bangladesh,
Uganda and Tanzania, and Haiti), as do street words and organisation words (``ORG_WORDS``:
"Salaam", "Bondeko", "Lakay", "Tuungane", "Dosti"). Numbers, dates, codes and identifiers come from
this module's own seeded ``random.Random``; no Faker is used, so a seed reproduces its file byte for
byte. All text is ASCII.

Adaptations of the shared checks: none were changed. `check_own_locales` and
`check_faker_tables_are_the_locales_own` hold trivially with all locale tables empty.

Annotation conventions (the 18 Safe Harbor identifiers as the project's PHI types):
NAME is a person's name as written (patients, relatives, clinicians, staff, drivers, officers,
interpreters): "Given Surname", "Surname, Given", "SURNAME, GIVEN", "SURNAME POSTNOM Given"
(Congolese papers, one span), all capitals, all lower case, a given name or a surname alone, "E.
Ilunga", hyphenated given names and surnames as one span ("Marie-Claude Pierre-Louis"), and two or
three capital initials in a table or signature ("MCP"). Afghan given names of two words ("Gul
Ahmad", "Shah Jan", "Khan Mohammad") and Rohingya names ("Noor Begum", "Mohammed Ayub") are one
span. In "Gul Ahmad s/o Abdul Wahid" the two names are two spans and "s/o" / "d/o" stay
outside; a registrar's "FNU" or "LNU" ("FNU Rahima", "Rahima, LNU") is never part of the span.
Titles and credentials stay outside ("Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Mme ", "Haji ", "Pastor ",
"Officer ", "Judge "; ", MD", ", DO", ", NP", ", PA-C", ", RN", ", LPN", ", PharmD", ", IBCLC",
", CNM", ", RDMS", ", LCSW", ", LMHC", ", CADC", ", RRT", ", DDS", ", OD", ", PhD", ", MA"), and so
do words for relatives used instead of a name (``KIN_WORDS``: Dari "Madar", "Padar", Pashto "Mor",
"Plar", Lingala "Mama", "Papa", "Koko", Swahili "Babu", Kreyol "Manman", "Grann", "Tonton",
"Matant", Rohingya "Amma", "Abba", "Nani"), which are not PHI. An e-mail address is EMAIL even when
it holds a name. DATE is every date element more specific than a year, one span with its year if it
has one and with a weekday written next to it: "03/14/2025", "3/14/25", "2025-03-14",
"14-Mar-2025", "14MAR25", "Mar 14, 2025", "March 14, 2025", "14 March 2025", "14.03.2025" (day
first, as on a tazkira, a Congolese or a UNHCR document), "3/14", "Mar 14", "March 14th", "Fri
3/14", "Friday, March 14, 2025" and a month with its year ("June 2026"); the 01/01 birth dates that
refugees are often given are DATEs like any other. Clock times, durations, gestational weeks,
session, dose and room numbers are not PHI. AGE is PHI only when 90 or more: the number alone or
the spelled number ("93", "ninety-two", "one hundred and one"), never "years old", "y/o" or "age";
younger ages stay in the text unannotated. LOCATION is a town, city or refugee camp (US or
abroad), also as a birthplace or where a patient calls from; states, provinces and countries are
not PHI; a town inside an organisation's name is part of the FACILITY span. ADDRESS is the street
line with its unit ("4410 Kenwood Ave Apt 3B", "87 Cedar St #12") or a post-office box ("PO Box
2117"). ZIP is a US ZIP, with its +4 when written. PHONE and FAX spans include "+1", "1-", an
extension (" ext 214") and the country codes "+93", "+243", "+880" and "+509"; a number labelled
fax is FAX. EMAIL, URL (with "https://" or "http://") and IP (IPv4 or IPv6) are whole tokens. SSN in
any of its shapes. MRN is a medical record number: 7 to 10 digits, its last a Luhn check digit,
sometimes a hyphen after the first two. ACCOUNT is a billing, pharmacy or supplier account.
HEALTH_PLAN is a member, Medicaid or Medicare (MBI) number. LICENSE is a driver's licence, a nursing
or medical licence or a DEA registration (its check digit right). VEHICLE is a plate or a VIN (its
check digit right). DEVICE is the serial number of a device a patient uses or carries (infusion
pump, breast pump, oxygen concentrator, nebulizer, phone IMEI). ID is every other
identifying number: A-numbers, SIV case numbers, I-94 and passport numbers, booking, docket,
voucher, order, specimen, crisis-case and prior-authorization numbers and NPIs. FACILITY is every organisation
named (hospitals, clinics, pharmacies, jails, courts, schools, suppliers, agencies), one span even
when a town is part of the name. Not PHI and kept (``keep``, kinds in ``KEEP_KINDS``): drugs with
their doses as written (drug); ICD-10-CM codes, CPT-shaped numbers (numbers only, never a
descriptor), CDT and HCPCS Level II codes and lot numbers (code); makers (manufacturer); model names
(model); insurers and public plans (insurer); eponyms, the name only ("Apgar", "Leopold", "Bishop",
"Bruce", "Borg", "Mallampati", "Fitzpatrick", "Breslow", "Valsalva", "Romberg") (eponym) and
departments (department). No keep term ever occurs inside a PHI span (a term that does in some row
is left out of that row's list). Look-alikes left in the text on purpose: towns that are given names
("Elizabeth", "Charlotte", "Katy", "Kent"), eponyms that are surnames ("Bishop", "Bruce", "Borg"),
kinship words ("Mama", "Papa", "Babu"), CPT codes shaped like ZIPs, and numbers that are not PHI (lot
numbers, HCPCS codes, ages under 90, clock times).

    python -m tools.deid.evalset16 --family messages --n 300 --seed 3201 --out datasets/deid/eval16_messages.jsonl
    python -m tools.deid.evalset16 --family clinical --n 120 --seed 3202 --out datasets/deid/eval16_clinical.jsonl

Seeds 3301 / 3302 are reserved for tuning (``--out build/deid-fresh/...``); keep the two committed
files for measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tools.deid.faker_tables import provenance_problems as _provenance_problems

FAMILIES = ("messages", "clinical")
NAME_LOCALES: tuple[str, ...] = ()
CITY_LOCALES: tuple[str, ...] = ()
ORG_LOCALES: tuple[str, ...] = ()
LOCALES: tuple[str, ...] = ()
FAKER_TABLES: dict[str, tuple[tuple[str, str], ...]] = {}
KEEP_KINDS = ("code", "drug", "insurer", "manufacturer", "model", "eponym", "department")

# ---- hand-written name lists (variant spellings in one tuple) ----
AFGHAN_GIVEN_M = (("Gul Ahmad", "Gulahmad"), ("Shah Jan",), ("Khan Mohammad", "Khan Muhammad"), ("Zalmai", "Zalmay"),
                  ("Naqibullah", "Naqeebullah"), ("Rahmatullah",), ("Hamidullah",), ("Wahidullah",), ("Shafiq", "Shafiq"),
                  ("Ajmal",), ("Jawed", "Javed"), ("Najibullah",), ("Noor Agha", "Nur Agha"), ("Hekmatullah",),
                  ("Asadullah", "Assadullah"), ("Bashir",), ("Dawood", "Daud"), ("Mirwais",), ("Baryalai",),
                  ("Fawad",), ("Ehsan", "Ihsan"), ("Abdul Wahid",), ("Abdul Rahim",), ("Gul Khan",), ("Said Jan",))  # fmt: skip
AFGHAN_GIVEN_F = (("Gul Bibi",), ("Gulalai", "Gulalay"), ("Malalai",), ("Zarghuna", "Zarghona"), ("Nazifa",),
                  ("Fariba",), ("Mahbooba", "Mahbuba"), ("Shabnam",), ("Laila", "Layla"), ("Parwana",),
                  ("Freshta", "Fereshta"), ("Nargis",), ("Khatera",), ("Roya",), ("Bibi Jan",), ("Marzia",),
                  ("Nilofar", "Nilufar"), ("Sediqa", "Sadiqa"), ("Gul Jan",), ("Shakila",))  # fmt: skip
AFGHAN_SURNAMES = (("Ahmadzai",), ("Popal",), ("Wardak", "Wardag"), ("Noorzai", "Nurzai"), ("Popalzai",),
                   ("Barakzai",), ("Alokozai", "Alikozai"), ("Achakzai",), ("Sultani",), ("Stanikzai",), ("Mohmand",),
                   ("Safi",), ("Shinwari",), ("Hotak",), ("Karimi",), ("Rahimi",), ("Azizi",), ("Hashimi",),
                   ("Sadat",), ("Niazi",), ("Mangal",), ("Zadran",), ("Kakar",), ("Durrani",), ("Rasuli",),
                   ("Haidari", "Haideri"), ("Samadi",), ("Amiri",))  # fmt: skip
CONGOLESE_GIVEN_M = (("Dieudonne",), ("Josue",), ("Faustin",), ("Christophe",), ("Bienvenu",), ("Espoir",),
                     ("Fiston",), ("Baraka",), ("Amani",), ("Patrick",), ("Jean-Marie",), ("Augustin",), ("Heritier",),
                     ("Mapendo",), ("Tresor", "Tresor"), ("Serge",), ("Innocent",), ("Gloire",))  # fmt: skip
CONGOLESE_GIVEN_F = (("Esperance",), ("Furaha",), ("Neema",), ("Jeanine",), ("Odette",), ("Solange",),
                     ("Chantal",), ("Divine",), ("Merveille",), ("Francine",), ("Aline",), ("Bahati",), ("Riziki",),
                     ("Sifa",), ("Consolata",), ("Nsimba",), ("Mwajuma",))  # fmt: skip
CONGOLESE_SURNAMES = (("Mukendi", "Moukendi"), ("Ilunga",), ("Kalala",), ("Mwamba",), ("Kabongo",),
                      ("Tshibangu", "Tshibang"), ("Kasongo",), ("Mbuyi",), ("Ngoy", "Ngoie"), ("Lukusa",),
                      ("Tshimanga",), ("Kalonji",), ("Mutombo",), ("Mulumba",), ("Banza",), ("Nkulu",), ("Mbayo",),
                      ("Kabamba",), ("Mwepu",), ("Bisimwa",), ("Cishugi", "Chishugi"), ("Birindwa",),
                      ("Ntumba", "Ntoumba"), ("Kanyinda",), ("Tshilombo",), ("Kazadi",))  # fmt: skip
ROHINGYA_NAMES_M = (("Mohammed Ayub", "Mohammad Ayub"), ("Noor Hashim", "Nur Hashim"), ("Rafique", "Rafiq"),
                    ("Anwar",), ("Mohammed Yunus",), ("Sayed Alam",), ("Zubair",), ("Jafar Alam",), ("Ismail",),
                    ("Dil Mohammed",), ("Nurul Amin", "Noorul Amin"), ("Hamid Hussain",), ("Kamal Hossain",),
                    ("Shofi Alam",), ("Enayet Ullah",), ("Abul Kalam",), ("Mohammed Rofik",))  # fmt: skip
ROHINGYA_NAMES_F = (("Noor Begum", "Nur Begum"), ("Rahima",), ("Hasina Begum",), ("Rashida",), ("Sanjida",),
                    ("Shomshida",), ("Hamida",), ("Tahera",), ("Roshida",), ("Dildar Begum",), ("Minara",),
                    ("Jannat Ara",), ("Khaleda",), ("Senuara",), ("Noor Jahan", "Nurjahan"), ("Sokina",))  # fmt: skip
HAITIAN_GIVEN_M = (("Jean-Robert",), ("Wilner",), ("Fritznel",), ("Mackenson",), ("Dieunel",), ("Woodly",),
                   ("Wisly",), ("Jean-Claude",), ("Frantz",), ("Jocelyn",), ("Kervens",), ("Ricardo",),
                   ("Jean Rony",), ("Peterson",), ("Wilfrid",), ("Lovely",))  # fmt: skip
HAITIAN_GIVEN_F = (("Marie-Claude",), ("Jocelyne",), ("Widlene",), ("Roselaure",), ("Guerline",), ("Nadege",),
                   ("Rosemene",), ("Kerline",), ("Fabiola",), ("Edeline",), ("Marie-Therese",), ("Marie-Ange",),
                   ("Rose-Merline",), ("Mirlande",), ("Sherline",), ("Yveline",))  # fmt: skip
HAITIAN_SURNAMES = (("Jean-Baptiste",), ("Pierre-Louis",), ("Dieujuste", "Dieu-Juste"), ("Louissaint", "Louis-Saint"),
                    ("Exantus", "Exantis"), ("Jean-Louis",), ("Celestin",), ("Desir",), ("Fils-Aime", "Filsaime"),
                    ("Saint-Fleur", "St Fleur"), ("Dorvil",), ("Toussaint",), ("Belizaire",), ("Valcourt",),
                    ("Metellus",), ("Estime",), ("Dumervil",), ("Lafortune",), ("Bien-Aime",), ("Cadet",),
                    ("Joseph",), ("Charles",))  # fmt: skip
KIN_BY_CULTURE = {
    "afghan": ("Madar", "Padar", "Mor", "Plar"),
    "congolese": ("Mama", "Papa", "Koko", "Babu"),
    "rohingya": ("Amma", "Abba", "Nani"),
    "haitian": ("Manman", "Grann", "Tonton", "Matant"),
}
KIN_WORDS = tuple(k for ks in KIN_BY_CULTURE.values() for k in ks)
CULTURES = ("afghan", "congolese", "rohingya", "haitian")

US_TOWNS = (("Fremont", "CA", "945", "510"), ("Hayward", "CA", "945", "510"), ("Elk Grove", "CA", "957", "916"),
            ("Manassas", "VA", "201", "703"), ("Woodbridge", "VA", "221", "703"), ("Falls Church", "VA", "220", "703"),
            ("Sugar Land", "TX", "774", "281"), ("Katy", "TX", "774", "281"), ("Tukwila", "WA", "981", "206"),
            ("Kent", "WA", "980", "253"), ("Amarillo", "TX", "791", "806"), ("Abilene", "TX", "796", "325"),
            ("Lewiston", "ME", "042", "207"), ("Cedar Rapids", "IA", "524", "319"), ("Louisville", "KY", "402", "502"),
            ("Bowling Green", "KY", "421", "270"), ("Fort Wayne", "IN", "468", "260"), ("Utica", "NY", "135", "315"),
            ("Grand Rapids", "MI", "495", "616"), ("Chicopee", "MA", "010", "413"), ("Brockton", "MA", "023", "508"),
            ("North Miami", "FL", "331", "305"), ("Homestead", "FL", "330", "305"), ("Immokalee", "FL", "341", "239"),
            ("Spring Valley", "NY", "109", "845"), ("Elizabeth", "NJ", "072", "908"), ("Irvington", "NJ", "071", "973"),
            ("Charlotte", "NC", "282", "704"), ("Springfield", "OH", "455", "937"), ("Boise", "ID", "837", "208"))  # fmt: skip
ABROAD_TOWNS = ("Kabul", "Kandahar", "Jalalabad", "Herat", "Mazar-i-Sharif", "Khost", "Ghazni", "Kunduz", "Lashkar Gah",
                "Gardez", "Kinshasa", "Lubumbashi", "Mbuji-Mayi", "Kananga", "Bukavu", "Goma", "Uvira", "Kisangani",
                "Kalemie", "Kutupalong", "Balukhali", "Nayapara", "Cox's Bazar", "Teknaf", "Ukhia", "Maungdaw",
                "Buthidaung", "Nyarugusu", "Kyangwali", "Nakivale", "Port-au-Prince", "Cap-Haitien", "Les Cayes",
                "Gonaives", "Jacmel", "Jeremie", "Hinche", "Saint-Marc")  # fmt: skip
TOWNS_BY_CULTURE = {
    "afghan": ABROAD_TOWNS[0:10],
    "congolese": ABROAD_TOWNS[10:19] + ("Nyarugusu", "Kyangwali", "Nakivale"),
    "rohingya": ABROAD_TOWNS[19:27],
    "haitian": ABROAD_TOWNS[30:],
}
COUNTRY = {"afghan": "Afghanistan", "congolese": "DR Congo", "rohingya": "Bangladesh", "haitian": "Haiti"}
STREETS = ("Kenwood Ave", "Cedar St", "Maple Ridge Rd", "Oakland Blvd", "Pine Hollow Dr", "Lisbon St", "Bluff Rd",
           "Station Ave", "Harvest Ln", "Walnut St", "Grove Ct", "Larkspur Way", "Mill Pond Rd", "River Bend Dr",
           "Jefferson Ave", "Elm Terrace", "Prospect Hill Rd", "Quarry St", "Sycamore Loop", "Baker St")  # fmt: skip
ORG_WORDS = ("Salaam", "Bondeko", "Lakay", "Tuungane", "Dosti", "Watan", "Nouvo Lavi", "Konbit", "Mashal", "Roshan",
             "Riverbend", "Harbor View", "Cedar Ridge", "Northgate", "Lakeshore", "Stillwater", "Greenfield")  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "yahoo.fr", "outlook.com", "hotmail.com", "icloud.com", "proton.me")
TITLES = ("Dr.", "Mr.", "Mrs.", "Ms.", "Mme", "Haji", "Pastor", "Officer", "Judge")
CREDENTIALS = ("MD", "DO", "NP", "PA-C", "RN", "LPN", "PharmD", "IBCLC", "CNM", "RDMS", "LCSW", "LMHC", "CADC",
               "RRT", "DDS", "OD", "PhD", "MA")  # fmt: skip

# ---- keep-term lists ----
INSURERS = ("Molina Healthcare", "Ambetter", "WellCare", "Sunshine Health", "Amerigroup", "CareSource", "Anthem",
            "Humana", "UnitedHealthcare Community Plan", "MassHealth", "Medi-Cal", "TennCare", "Passport Health Plan",
            "Aetna Better Health", "Iowa Total Care", "Fidelis Care")  # fmt: skip
MAKERS = ("Baxter", "B. Braun", "ICU Medical", "Inogen", "Philips Respironics", "Invacare", "CAIRE", "Medela",
          "Lansinoh", "Spectra", "Omron", "Welch Allyn", "Medtronic", "Alcon", "Zeiss", "Abbott", "Smiths Medical",
          "Mylan", "Teva", "Indivior", "Viatris", "Olympus", "Vyaire", "ndd Medical", "Becton Dickinson")  # fmt: skip
MODELS = ("CADD-Solis", "Sapphire", "Sigma Spectrum", "Inogen One G5", "Platinum 10", "Eclipse 5", "FreeStyle Comfort",
          "Symphony", "Pump in Style", "Synergy Gold", "Smartpump", "AeroChamber Plus", "Voluson E10", "IOLMaster 700",
          "EasyOne Air", "Vmax Encore")  # fmt: skip
DEPARTMENTS = ("Cardiology", "Dermatology", "Pulmonology", "Labor and Delivery", "Social Work", "Case Management",
               "Behavioral Health", "Infectious Disease", "Ophthalmology", "Otolaryngology", "Hematology", "Radiology",
               "Obstetrics", "Patient Financial Services", "Health Information Management", "Nutrition Services")  # fmt: skip
EPONYMS = ("Apgar", "Leopold", "Bishop", "Bruce", "Borg", "Mallampati", "Fitzpatrick", "Breslow", "Valsalva", "Romberg",
           "Glasgow", "Trendelenburg", "Wong-Baker", "Clark", "Moro", "Babinski", "Schirmer", "Goldmann", "Epley",
           "Tanner", "Ishihara", "Mantoux")  # fmt: skip

INFUSION_PUMPS = (("Smiths Medical", "CADD-Solis"), ("ICU Medical", "Sapphire"), ("Baxter", "Sigma Spectrum"))
BREAST_PUMPS = (
    ("Medela", "Symphony"),
    ("Medela", "Pump in Style"),
    ("Spectra", "Synergy Gold"),
    ("Lansinoh", "Smartpump"),
)
CONCENTRATORS = (
    ("Inogen", "Inogen One G5"),
    ("CAIRE", "Eclipse 5"),
    ("Invacare", "Platinum 10"),
    ("CAIRE", "FreeStyle Comfort"),
)


def luhn_digit(digits: str) -> str:
    """The Luhn check digit for `digits`."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (1 if i % 2 else 2)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def P(value: str, kind: str) -> str:
    """A PHI value marked for `parse`."""
    return f"\x01{kind}\x02{value}\x03"


def K(term: str, kind: str) -> str:
    """A keep term marked for `parse`."""
    return f"\x04{kind}\x02{term}\x03"


_MARK = re.compile(r"([\x01\x04])([A-Za-z_]+)\x02(.*?)\x03", re.S)


def parse(marked: str, case: str = "") -> tuple[str, list[dict], dict[str, str]]:
    """The plain text, its PHI spans and its keep terms (term -> kind) of a marked text, in
    `case` ("upper", "lower" or "") ; a keep term found inside any PHI span is left out."""
    out: list[str] = []
    phi: list[dict] = []
    keep: dict[str, str] = {}
    pos = last = 0
    for m in _MARK.finditer(marked):
        chunk = marked[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        value = m.group(3)
        if m.group(1) == "\x01":
            phi.append({"start": pos, "end": pos + len(value), "type": m.group(2)})
        else:
            keep.setdefault(value, m.group(2))
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if case == "upper":
        text = text.upper()
    elif case == "lower":
        text = text.lower()
    kept: dict[str, str] = {}
    for term, kind in keep.items():
        t = term.upper() if case == "upper" else term.lower() if case == "lower" else term
        hits = [h.start() for h in re.finditer(re.escape(t), text)]
        if hits and not any(p["start"] < h + len(t) and h < p["end"] for h in hits for p in phi):
            kept.setdefault(t, kind)
    return text, phi, kept


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: date, style: str) -> str:
    """`d` written in one of the shapes the docstring lists."""
    mon, month, wd = MONTHS[d.month - 1][:3], MONTHS[d.month - 1], WEEKDAYS[d.weekday()]
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy_mon": f"{d.day:02d}-{mon}-{d.year}",
        "dmonyy": f"{d.day:02d}{mon.upper()}{d.year % 100:02d}",
        "mon_d_y": f"{mon} {d.day}, {d.year}",
        "month_d_y": f"{month} {d.day}, {d.year}",
        "d_month_y": f"{d.day} {month} {d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "md": f"{d.month}/{d.day}",
        "mon_d": f"{mon} {d.day}",
        "month_dth": f"{month} {_ordinal(d.day)}",
        "wd_md": f"{wd[:3]} {d.month}/{d.day}",
        "wd_full": f"{wd}, {month} {d.day}, {d.year}",
        "month_y": f"{month} {d.year}",
    }[style]


DATE_STYLES = ("mdy", "mdy_short", "iso", "dmy_mon", "dmonyy", "mon_d_y", "month_d_y", "d_month_y", "dot", "md",
               "mon_d", "month_dth", "wd_md", "wd_full")  # fmt: skip

_SPELL = {90: "ninety", 100: "one hundred"}
_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


class Person:
    def __init__(self, given: str, surname: str, culture: str, postnom: str = "") -> None:
        self.given, self.surname, self.culture, self.postnom = given, surname, culture, postnom


class W:
    """The writer of one row: its random source and the marked pieces its genres use."""

    def __init__(self, rng: random.Random, i: int) -> None:
        self.rng, self.i = rng, i

    def pick(self, seq):
        return self.rng.choice(seq)

    def var(self, table: tuple[tuple[str, ...], ...]) -> str:
        return self.rng.choice(self.rng.choice(table))

    # --- people
    def person(self, culture: str = "", sex: str = "") -> Person:
        c = culture or self.pick(CULTURES)
        f = (sex or self.pick("fm")) == "f"
        if c == "afghan":
            given = self.var(AFGHAN_GIVEN_F if f else AFGHAN_GIVEN_M)
            return Person(given, "" if self.rng.random() < 0.25 else self.var(AFGHAN_SURNAMES), c)
        if c == "congolese":
            given = self.var(CONGOLESE_GIVEN_F if f else CONGOLESE_GIVEN_M)
            sur = self.var(CONGOLESE_SURNAMES)
            post = self.var(CONGOLESE_SURNAMES) if self.rng.random() < 0.6 else ""
            return Person(given, sur, c, "" if post == sur else post)
        if c == "rohingya":
            return Person(self.var(ROHINGYA_NAMES_F if f else ROHINGYA_NAMES_M), "", c)
        given = self.var(HAITIAN_GIVEN_F if f else HAITIAN_GIVEN_M)
        return Person(given, self.var(HAITIAN_SURNAMES), c)

    def staff(self) -> Person:
        return self.person(self.pick(("afghan", "congolese", "haitian")))

    def full(self, p: Person) -> str:
        """ "Given Surname" (or the one name), sometimes "E. Ilunga"."""
        if not p.surname:
            return P(p.given, "NAME")
        if p.culture == "congolese" and p.postnom and self.rng.random() < 0.5:
            return P(f"{p.given} {p.surname} {p.postnom}", "NAME")
        if self.rng.random() < 0.15:
            return P(f"{p.given[0]}. {p.surname}", "NAME")
        return P(f"{p.given} {p.surname}", "NAME")

    def formal(self, p: Person) -> str:
        """As on papers: "SURNAME, Given", surname-first Congolese, FNU / LNU for one name."""
        if not p.surname:
            r = self.rng.random()
            if r < 0.34:
                return "FNU " + P(p.given, "NAME")
            if r < 0.67:
                return P(p.given.upper(), "NAME") + ", FNU"
            return P(p.given, "NAME") + ", LNU"
        if p.culture == "congolese" and self.rng.random() < (0.8 if p.postnom else 0.4):
            sur = f"{p.surname} {p.postnom}".strip().upper()
            return P(f"{sur} {p.given}", "NAME")
        if self.rng.random() < 0.5:
            return P(f"{p.surname.upper()}, {p.given.upper()}", "NAME")
        return P(f"{p.surname}, {p.given}", "NAME")

    def short(self, p: Person) -> str:
        return P(p.given.split()[0] if p.culture != "rohingya" else p.given, "NAME")

    def initials(self, p: Person) -> str:
        letters = "".join(w[0] for w in re.split(r"[ -]", f"{p.given} {p.surname}".strip()) if w)[:3].upper()
        return P(letters if len(letters) >= 2 else letters + "X", "NAME")

    def clin(self, cred: str = "") -> str:
        """A clinician with a title or a credential outside the span."""
        p = self.staff()
        c = cred or self.pick(CREDENTIALS)
        if self.rng.random() < 0.3:
            return "Dr. " + P(p.surname or p.given, "NAME")
        return self.full(p) + f", {c}"

    def titled(self, culture: str) -> str:
        """A relative's name, sometimes after a title that stays outside the span."""
        q = self.person(culture)
        if self.rng.random() < 0.4:
            title = {"afghan": "Haji", "haitian": "Mme", "congolese": "Pastor"}.get(culture, self.pick(("Mr.", "Mrs.")))
            return f"{title} " + self.full(q)
        return self.full(q)

    def father(self, p: Person) -> str:
        """The father's name after s/o or d/o (Afghan papers)."""
        dad = self.var(AFGHAN_GIVEN_M)
        return f"{self.pick(('s/o', 'd/o', 'S/O'))} " + P(dad, "NAME")

    def kin(self, p: Person) -> str:
        return self.pick(KIN_BY_CULTURE[p.culture])

    # --- dates, ages
    def day(self, start: int = 2025, end: int = 2026) -> date:
        d0 = date(start, 1, 1)
        return d0 + timedelta(days=self.rng.randrange((date(end, 12, 28) - d0).days))

    def date(self, style: str = "", d: date | None = None) -> str:
        return P(fmt_date(d or self.day(), style or self.pick(DATE_STYLES)), "DATE")

    def dob(self, p: Person | None = None, child: bool = False) -> str:
        y = self.rng.randint(2012, 2024) if child else self.rng.randint(1936, 2006)
        if p is not None and p.culture in ("afghan", "rohingya") and self.rng.random() < 0.4:
            return P(f"01/01/{y}", "DATE")
        return self.date(self.pick(("mdy", "mdy", "iso", "dmy_mon", "dot", "month_d_y")), self.day(y, y))

    def old_age(self) -> str:
        n = self.rng.randint(90, 104)
        if self.rng.random() < 0.3:
            base = 100 if n >= 100 else 90
            word = _SPELL[base] + (("-" if base == 90 else " and ") + _UNITS[n - base] if n - base else "")
            return P(word, "AGE")
        return P(str(n), "AGE")

    def young_n(self) -> str:
        return str(self.rng.randint(18, 88))

    def young(self, lo: int = 18, hi: int = 88) -> str:
        n = self.rng.randint(lo, hi)
        return self.pick((f"{n} y/o", f"{n}-year-old", f"{n} years old", f"age {n}", f"{n} yrs"))

    def clock(self) -> str:
        return f"{self.rng.randint(1, 12)}:{self.pick(('00', '15', '30', '45', '10', '20', '50'))}"

    def clock_ampm(self) -> str:
        return f"{self.clock()} {self.pick(('AM', 'PM'))}"

    # --- places
    def town(self) -> tuple[str, str, str, str]:
        return self.pick(US_TOWNS)

    def address(self) -> str:
        t = self.town()
        if self.rng.random() < 0.15:
            street = f"PO Box {self.rng.randint(100, 9999)}"
        else:
            unit = self.pick(
                ("", "", f" Apt {self.rng.randint(1, 30)}{self.pick('ABCD')}", f" #{self.rng.randint(2, 40)}")
            )
            street = f"{self.rng.randint(10, 9999)} {self.pick(STREETS)}{unit}"
        z = t[2] + f"{self.rng.randint(0, 99):02d}"
        if self.rng.random() < 0.2:
            z += f"-{self.rng.randint(1000, 9999)}"
        return P(street, "ADDRESS") + ", " + P(t[0], "LOCATION") + f", {t[1]} " + P(z, "ZIP")

    def abroad(self, p: Person | None = None) -> str:
        c = p.culture if p else self.pick(CULTURES)
        return P(self.pick(TOWNS_BY_CULTURE[c]), "LOCATION") + f", {COUNTRY[c]}"

    def facility(self, kind: str = "") -> str:
        k = kind or self.pick(("Community Health Center", "Family Clinic", "Medical Center", "Health Partners"))
        lead = self.pick(ORG_WORDS) if self.rng.random() < 0.6 else self.town()[0]
        return P(f"{lead} {k}", "FACILITY")

    # --- numbers
    def phone(self, kind: str = "PHONE", area: str = "") -> str:
        a = area or self.town()[3]
        x, y = self.rng.randint(200, 989), self.rng.randint(0, 9999)
        shape = self.pick(("({a}) {x}-{y:04d}", "{a}-{x}-{y:04d}", "{a}.{x}.{y:04d}", "+1 {a}-{x}-{y:04d}",
                           "1-{a}-{x}-{y:04d}", "({a}) {x}-{y:04d} ext {e}"))  # fmt: skip
        return P(shape.format(a=a, x=x, y=y, e=self.rng.randint(10, 899)), kind)

    def phone_abroad(self, p: Person | None = None) -> str:
        c = p.culture if p else self.pick(CULTURES)
        r = self.rng.randint
        v = {
            "afghan": f"+93 7{r(0, 9)} {r(100, 999)} {r(1000, 9999)}",
            "congolese": f"+243 {self.pick(('81', '82', '97', '99'))}{r(0, 9)} {r(100, 999)} {r(100, 999)}",
            "rohingya": f"+880 1{r(3, 9)}{r(10, 99)} {r(100, 999)} {r(100, 999)}",
            "haitian": f"+509 {self.pick(('3', '4'))}{r(100, 999)} {r(1000, 9999)}",
        }[c]
        return P(v, "PHONE")

    def email(self, p: Person) -> str:
        g = re.sub(r"[^a-z]", "", p.given.lower())
        s = re.sub(r"[^a-z]", "", (p.surname or "").lower())
        local = self.pick((f"{g}.{s}", f"{g}{self.rng.randint(1, 99)}", f"{g[0]}{s}", f"{s}_{g}")).strip("._")
        return P(f"{local or g}@{self.pick(EMAIL_DOMAINS)}", "EMAIL")

    def mrn(self) -> str:
        body = "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.randint(6, 9)))
        body = str(self.rng.randint(1, 9)) + body[1:]
        v = body + luhn_digit(body)
        return P(f"{v[:2]}-{v[2:]}" if self.rng.random() < 0.2 else v, "MRN")

    def ssn(self) -> str:
        a, b, c = self.rng.randint(100, 665), self.rng.randint(10, 99), self.rng.randint(1000, 9999)
        return P(self.pick((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}")), "SSN")

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def plan(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            a = "ACDEFGHJKMNPQRTUVWXY"
            mbi = f"{self.rng.randint(1, 9)}{self.pick(a)}{self.pick(a + '0123456789')}{self.rng.randint(0, 9)}-"
            mbi += f"{self.pick(a)}{self.pick(a + '0123456789')}{self.rng.randint(0, 9)}-{self.pick(a)}{self.pick(a)}"
            mbi += f"{self.rng.randint(10, 99)}"
            return P(mbi, "HEALTH_PLAN")
        if r < 0.65:
            return P(f"{self.pick(('MA', 'W', 'U', 'ZGP', 'K'))}{self.digits(8)}", "HEALTH_PLAN")
        return P(self.digits(10), "HEALTH_PLAN")

    def account(self) -> str:
        return P(
            self.pick((self.digits(9), f"{self.pick(('HI', 'RX', 'AC'))}-{self.digits(6)}", self.digits(7))), "ACCOUNT"
        )

    def dl(self) -> str:
        return P(self.pick((f"{self.pick('DSFKLM')}{self.digits(7)}", f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                            f"{self.pick('ABGHW')}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}")), "LICENSE")  # fmt: skip

    def dea(self) -> str:
        d = [self.rng.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return P(f"{self.pick('ABFM')}{self.pick('AKMNRSW')}{''.join(map(str, d))}{chk}", "LICENSE")

    def plate(self) -> str:
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        return P(self.pick((f"{self.rng.randint(1, 9)}{''.join(self.pick(L) for _ in range(3))}{self.digits(3)}",
                            f"{''.join(self.pick(L) for _ in range(3))}-{self.digits(4)}",
                            f"{''.join(self.pick(L) for _ in range(3))} {self.digits(3)}")), "VEHICLE")  # fmt: skip

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        value = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
        value.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
        weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
        v = [self.pick(chars) for _ in range(17)]
        v[8] = "0"
        total = sum(value[c] * w for c, w in zip(v, weights)) % 11
        v[8] = "X" if total == 10 else str(total)
        return P("".join(v), "VEHICLE")

    def serial(self) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return P(self.pick((f"{self.pick(L)}{self.pick(L)}{self.digits(7)}", f"{self.digits(4)}-{self.digits(5)}",
                            f"SN{self.digits(8)}", f"{self.pick(L)}{self.digits(3)}{self.pick(L)}{self.digits(5)}")), "DEVICE")  # fmt: skip

    def anum(self) -> str:
        return P(self.pick((f"A{self.digits(9)}", f"A{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                            f"A-{self.digits(9)}")), "ID")  # fmt: skip

    def ident(self, prefix: str = "") -> str:
        return P(f"{prefix}{self.digits(self.rng.randint(6, 9))}", "ID")

    def npi(self) -> str:
        return P("1" + self.digits(9), "ID")

    def url(self, path: str = "") -> str:
        host = self.pick(("mychart", "portal", "my", "secure", "book"))
        org = re.sub(r"[^a-z]", "", self.pick(ORG_WORDS).lower())
        tail = path or self.pick(("reset", "verify", "appt", "forms", "login"))
        tok = "".join(self.pick("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
        return P(f"{self.pick(('https', 'https', 'http'))}://{host}.{org}health.org/{tail}?t={tok}", "URL")

    def ip(self) -> str:
        if self.rng.random() < 0.25:
            return P(
                f"2600:{self.rng.randint(4096, 65535):x}:{self.rng.randint(1, 65535):x}::{self.rng.randint(1, 4095):x}",
                "IP",
            )
        return P(".".join(str(self.rng.randint(1, 254)) for _ in range(4)), "IP")

    # --- keep terms
    def icd(self, codes: tuple[str, ...]) -> str:
        return K(self.pick(codes), "code")

    def code(self, codes: tuple[str, ...]) -> str:
        return K(self.pick(codes), "code")

    def lot(self) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return K(
            f"{self.pick(L)}{self.pick(L) if self.rng.random() < 0.6 else ''}{self.digits(self.rng.randint(4, 5))}",
            "code",
        )

    def insurer(self) -> str:
        return K(self.pick(INSURERS), "insurer")

    def maker(self, seq: tuple[str, ...] = MAKERS) -> str:
        return K(self.pick(seq), "manufacturer")

    def model(self, m: str) -> str:
        return K(m, "model")

    def pair(self, pairs: tuple[tuple[str, str], ...]) -> str:
        maker, model = self.pick(pairs)
        return f"{self.maker((maker,))} {self.model(model)}"

    def dept(self) -> str:
        return K(self.pick(DEPARTMENTS), "department")

    def drug(self, seq: tuple[str, ...]) -> str:
        return K(self.pick(seq), "drug")

    def epo(self, e: str) -> str:
        return K(e, "eponym")

    # --- a line per PHI type, to make sure every type occurs often
    def extra(self, kind: str, p: Person) -> tuple[str, str]:
        r = self.rng.random
        return {
            "NAME": ("Emergency contact", f"{self.titled(p.culture)} ({self.kin(p)})"),
            "DATE": ("DOB", self.dob(p)),
            "AGE": ("Age", self.old_age() if r() < 0.3 else self.young_n()),
            "PHONE": ("Phone", self.phone() if r() < 0.7 else self.phone_abroad(p)),
            "FAX": ("Fax", self.phone("FAX")),
            "EMAIL": ("Email", self.email(p)),
            "SSN": ("SSN", self.ssn()),
            "MRN": ("MRN", self.mrn()),
            "ACCOUNT": ("Billing acct", self.account()),
            "HEALTH_PLAN": ("Member ID", self.plan()),
            "LICENSE": ("DL #", self.dl()),
            "VEHICLE": ("Vehicle", self.plate() if r() < 0.6 else self.vin()),
            "DEVICE": ("Phone IMEI" if r() < 0.3 else "Device serial", self.serial()),
            "URL": ("Link", self.url()),
            "IP": ("Last login IP", self.ip()),
            "ADDRESS": ("Home", self.address()),
            "LOCATION": ("Birthplace", self.abroad(p)),
            "ZIP": ("Mailing ZIP", P(self.town()[2] + f"{self.rng.randint(0, 99):02d}", "ZIP")),
            "FACILITY": ("PCP clinic", self.facility()),
            "ID": ("A-number", self.anum()) if r() < 0.5 else (self.pick(("I-94 #", "Case #")), self.ident()),
        }[kind]

    def extras(self, p: Person, kinds: list[str], layout: str) -> str:
        lines = [self.extra(k, p) for k in kinds]
        if layout == "tab":
            return "\n".join(f"{a}\t{b}" for a, b in lines)
        if layout == "pipe":
            return "| field | value |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in lines)
        if layout == "bullet":
            return "\n".join(f"- {a}: {b}" for a, b in lines)
        return "\n".join(f"{a}: {b}" for a, b in lines)


EXTRA_TYPES = ("NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE",
               "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "ID")  # fmt: skip

Genre = Callable[[W, Person], str]

# =====================================================================================  messages


def m_infusion(w: W, p: Person) -> str:
    drug = w.drug(("vancomycin 1.25 g", "ceftriaxone 2 g", "ertapenem 1 g", "cefazolin 2 g", "daptomycin 500 mg"))
    return (
        f"{w.facility('Specialty Pharmacy')} home infusion: hi {w.short(p)}, your {drug} delivery (order "
        f"{w.ident('HI')}) is set for {w.date(w.pick(('wd_md', 'mon_d', 'md', 'month_dth')))} between {w.clock()} and "
        f"{w.clock()}. Driver {w.full(w.staff())} will bring the {w.pair(INFUSION_PUMPS)} pump, serial {w.serial()}. Dx {w.icd(('A41.9', 'M86.171', 'L03.115', 'T82.7XXA'))}, "
        f"HCPCS {w.code(('S9500', 'S9502', 'S9504', 'E0781'))}. Questions: {w.phone()}\n- {w.clin('PharmD')}"
    )


def m_ultrasound(w: W, p: Person) -> str:
    p = w.person(p.culture, "f")
    wk = w.rng.randint(11, 36)
    reply = w.pick(("yes that works", "can we do after 3", "my husband drives, morning only", "ok thank you"))
    return (
        f"From: {w.facility('Womens Imaging')}\nRe: ultrasound for {w.full(p)} (DOB {w.dob(p)})\n"
        f"You are {wk} weeks. Your anatomy ultrasound (CPT {w.code(('76805', '76811', '76815', '76817'))}) is "
        f"{w.date('wd_full')} at {w.clock_ampm()} with {w.full(w.staff())}, RDMS, on our "
        f"{w.model('Voluson E10')}. Dx {w.icd(('Z34.02', 'Z34.82', 'O09.522', 'Z3A.20'))}. "
        f"EDD {w.date('md')}. Bring your {w.insurer()} card.\n> {reply}\n> {w.short(p)}"
    )


def m_moud(w: W, p: Person) -> str:
    t = [w.clock_ampm() for _ in range(4)]
    nurse = w.staff()
    return (
        f"MOUD clinic check-in - {w.facility('Recovery Center')}\n"
        f"[{t[0]}] {w.full(nurse)}: morning {w.short(p)}, checking in before your 2 week visit\n"
        f"[{t[1]}] {w.short(p)}: ok. still on {w.drug(('buprenorphine-naloxone 8 mg-2 mg', 'buprenorphine-naloxone 16 mg-4 mg', 'methadone 60 mg'))}\n"
        f"[{t[2]}] {w.full(nurse)}: urine tox {w.code(('80305', '80307'))} due {w.date('wd_md')}. {w.kin(p)} can pick up naloxone\n"
        f"[{t[3]}] {w.short(p)}: my new number is {w.phone()}\n"
        f"dx {w.icd(('F11.20', 'F11.21', 'F11.23'))} / {w.code(('G2067', 'G2068', 'H0020'))}"
    )


def m_custody(w: W, p: Person) -> str:
    age = w.old_age() if w.rng.random() < 0.25 else w.young_n()
    return (
        f"HEALTH TRANSFER OF CUSTODY FORM\nSending facility: {w.facility('County Jail')}\n"
        f"Receiving: {w.facility('Correctional Facility')}\nInmate: {w.formal(p)}{' ' + w.father(p) if p.culture == 'afghan' else ''}\tBooking #: {w.ident('B')}\n"
        f"DOB: {w.dob(p)}\tAge: {age}\nTransfer date: {w.date(w.pick(('mdy', 'iso', 'dmy_mon')))} {w.clock()}\n"
        f"Meds sent: {w.drug(('isoniazid 300 mg', 'sertraline 50 mg', 'lisinopril 10 mg', 'metformin 500 mg'))}\n"
        f"Dx: {w.icd(('I10', 'E11.9', 'F32.9', 'Z22.7'))}\nTransport officer: Officer {P(w.staff().given.split()[0], 'NAME')}, "
        f"vehicle {w.plate()}\nNurse: {w.clin('LPN')}"
    )


def m_crisis(w: W, p: Person) -> str:
    k = w.kin(p)
    return (
        f"mobile crisis team callback log\n[{w.clock_ampm()}] {w.full(w.staff())}: called back {w.phone()}, "
        f"{k} answered, pt {w.short(p)} sleeping\n[{w.clock_ampm()}] {w.full(w.staff())}: safety plan reviewed with {k}\n"
        f"[{w.clock_ampm()}] {w.short(p)}: i am ok now\n[{w.clock_ampm()}] team: follow-up {w.date('wd_md')} with "
        f"{w.dept()}\ncase {w.ident('MCT-')} | dx {w.icd(('R45.851', 'F43.0', 'F32.A'))} | {w.code(('H2011', 'S9484', '90839'))}"
    )


def m_asthma(w: W, p: Person) -> str:
    kid = w.person(p.culture)
    return (
        f"Asthma action plan for {w.full(kid)} ({w.young(2, 14)}), sent to {w.kin(p)} {w.full(p)}\n"
        f"* GREEN: {w.drug(('fluticasone 44 mcg 2 puffs', 'budesonide 0.5 mg neb', 'montelukast 5 mg'))} every day\n"
        f"* YELLOW: {w.drug(('albuterol 90 mcg 4 puffs', 'albuterol 2.5 mg neb'))} with the {w.model('AeroChamber Plus')} spacer\n"
        f"* RED: call 911 or {w.phone()}\nNebulizer serial {w.serial()} ({w.maker(('Omron', 'Philips Respironics'))})\n"
        f"Dx {w.icd(('J45.30', 'J45.40', 'J45.909'))}, visit {w.code(('99213', '94664', '94640'))} on {w.date('mon_d_y')}\n{w.clin('MD')}"
    )


def m_lactation(w: W, p: Person) -> str:
    p = w.person(p.culture, "f")
    baby = w.person(p.culture)
    return (
        f"Hi {w.short(p)}, this is {w.full(w.staff())}, IBCLC, following up on your lactation consult of "
        f"{w.date(w.pick(('month_dth', 'md', 'mon_d')))}. Baby {w.short(baby)} ({w.epo('Apgar')} 8 and 9) was 3.1 kg at {w.clock()}. Your "
        f"{w.pair(BREAST_PUMPS)} "
        f"pump (serial {w.serial()}) is covered by {w.insurer()} under {w.code(('E0603', 'E0604', 'E0602'))}. "
        f"Dx {w.icd(('O92.70', 'P92.5', 'Z39.1'))}. Call {w.phone()}."
    )


def m_civil(w: W, p: Person) -> str:
    p = w.person("afghan")
    return (
        f"{w.facility('Immigration Medical Clinic')}\n{w.date('month_d_y')}\nRE: civil surgeon exam, SIV applicant "
        f"{w.formal(p)} {w.father(p)}\nDOB (per tazkira): {P(fmt_date(w.day(1960, 2005), 'dot'), 'DATE')}\n"
        f"A-Number: {w.anum()}   SIV case: {w.ident('KBL')}\nPlace of birth: {w.abroad(p)}\n"
        f"IGRA {w.code(('86480', '86481'))} negative; {w.code(('90707', '90715', '90746'))} given, lot {w.lot()}.\n"
        f"Dx {w.icd(('Z02.89', 'Z11.1', 'Z23'))}.\nSincerely,\n{w.clin('MD')}\nFax {w.phone('FAX')}"
    )


def m_placard(w: W, p: Person) -> str:
    return (
        f"DISABILITY PARKING PLACARD APPLICATION - MEDICAL CERTIFICATION\nApplicant\t{w.formal(p)}\n"
        f"Address\t{w.address()}\nDriver license\t{w.dl()}\nVehicle\t{w.plate() if w.rng.random() < 0.5 else w.vin()}\n"
        f"Condition\tcannot walk 200 ft without stopping ({w.icd(('M17.0', 'I50.9', 'J44.9', 'G35'))})\n"
        f"Duration\tpermanent\nCertifying provider\t{w.clin('DO')}   license {w.dl()}\nSigned {w.date('mdy')}"
    )


def m_court(w: W, p: Person) -> str:
    return (
        f"Subject: court-ordered evaluation - {w.full(p)}\nDocket {w.ident('CR')} ({w.facility('District Court')}), "
        f"Judge {P(w.staff().surname or 'Ilunga', 'NAME')}.\nEvaluation set for {w.date('wd_full')} at {w.clock_ampm()} in "
        f"{w.dept()}, room 4. Interpreter ({w.pick(('Dari', 'Pashto', 'Lingala', 'Swahili', 'Rohingya', 'Haitian Creole'))}) "
        f"booked. Billing {w.code(('90791', '90792'))}, dx {w.icd(('F43.10', 'F20.9', 'F10.20'))}.\n"
        f"Reply to {w.email(w.staff())} or fax {w.phone('FAX')}.\n{w.clin('PhD')}"
    )


def m_allergy(w: W, p: Person) -> str:
    kid = w.person(p.culture)
    return (
        f"FOOD ALLERGY ACTION FORM - {w.facility('Elementary School')}\nStudent: {w.formal(kid)}  DOB {w.dob(kid, child=True)}\n"
        f"Allergy: peanut, tree nut ({w.icd(('Z91.010', 'T78.01XA', 'L27.2'))})\n"
        f"- Give {w.drug(('epinephrine 0.15 mg', 'epinephrine 0.3 mg'))} auto-injector ({w.maker(('Mylan', 'Teva', 'Viatris'))}, lot {w.lot()})\n"
        f"- then {w.drug(('cetirizine 5 mg', 'diphenhydramine 12.5 mg'))}\n- call {w.kin(p)} {w.full(p)} at {w.phone()}\n"
        f"Prescriber: {w.clin('NP')}  NPI {w.npi()}"
    )


def m_oxygen(w: W, p: Person) -> str:
    return (
        f"home oxygen delivery confirmation\nPatient:\t{w.formal(p)}\nDelivered:\t{w.date(w.pick(('dmy_mon', 'dmonyy', 'iso')))}\t{w.clock()}\n"
        f"Equipment:\t{w.pair(CONCENTRATORS)}\n"
        f"Serial:\t{w.serial()}\nHCPCS:\t{w.code(('E1390', 'E0431', 'E1392', 'E0443'))}\nDx:\t{w.icd(('J44.1', 'J96.11', 'J84.10'))}\n"
        f"Acct:\t{w.account()}\nTech: {w.full(w.staff())}, RRT"
    )


def m_password(w: W, p: Person) -> str:
    return (
        f"{w.facility('Health System')} patient portal\nHello {w.full(p)}, a password reset was asked for at "
        f"{w.clock_ampm()} from {w.ip()}. Use this link within 24 hours: {w.url('reset')}\n"
        f"If it was not you, call {w.phone()} and give MRN {w.mrn()}.\nYour last visit: {w.dept()}, {w.date('mon_d')} "
        f"({w.icd(('E11.65', 'I10', 'N18.3'))}, {w.code(('99214', '99395', 'G0439'))})."
    )


def m_dental(w: W, p: Person) -> str:
    return (
        f"dental referral: {w.full(p)} to {w.facility('Dental Group')} for "
        f"{w.code(('D7140', 'D7210', 'D2391', 'D0150'))} / {w.code(('D1110', 'D0210'))}. {w.insurer()} member {w.plan()}. "
        f"dx {w.icd(('K02.9', 'K04.7', 'K05.10'))}. appt {w.date(w.pick(('wd_md', 'month_dth')))} {w.clock_ampm()}\n"
        f"> {w.pick(('can my', 'pls tell'))} {w.kin(p)} come too\n> sent from {w.phone()}\n- {w.full(w.staff())}, DDS office"
    )


def m_voucher(w: W, p: Person) -> str:
    return (
        f"Transportation voucher request\nName: {w.formal(p)}\nPickup: {w.address()}\nTo: {w.facility()} "
        f"({w.dept()})\nDate: {w.date(w.pick(('mdy', 'mdy_short', 'month_d_y')))} pick up {w.clock_ampm()}\n"
        f"Voucher #{w.ident('TV')}  Medicaid {w.plan()} ({w.insurer()})\nCode {w.code(('A0100', 'A0120', 'T2003'))}, dx "
        f"{w.icd(('Z75.3', 'N18.6', 'C50.911'))}\n> approved by {w.full(w.staff())} {w.clock()}"
    )


MESSAGE_GENRES: tuple[Genre, ...] = (m_infusion, m_ultrasound, m_moud, m_custody, m_crisis, m_asthma, m_lactation,
                                     m_civil, m_placard, m_court, m_allergy, m_oxygen, m_password, m_dental, m_voucher)  # fmt: skip

# =====================================================================================  clinical


def _hdr(w: W, p: Person, title: str, child: bool = False) -> str:
    return (
        f"{w.facility()} - {title}\nPatient: {w.formal(p)}   MRN {w.mrn()}   DOB {w.dob(p, child)}\n"
        f"Date of service: {w.date(w.pick(('mdy', 'iso', 'dmy_mon', 'month_d_y', 'dmonyy')))}  {w.clock()}\n"
    )


def c_i693(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "I-693 medical exam")
        + f"{w.young()} from {w.abroad(p)}, {w.father(p) if p.culture == 'afghan' else 'arrived'} "
        f"{w.date('month_y')}. A-number {w.anum()}. Passport {w.ident('P')}.\nIGRA {w.code(('86480',))}: negative. "
        f"Syphilis {w.code(('86592', '86780'))}: nonreactive. Vaccines {w.code(('90707', '90636', '90651'))}, lot {w.lot()}.\n"
        f"Vision by {w.epo('Ishihara')} plates normal. Dx {w.icd(('Z02.89', 'Z11.1', 'Z23'))}.\n"
        f"Civil surgeon: {w.clin('MD')}"
    )


def c_dot(w: W, p: Person) -> str:
    rows = "\n".join(
        f"{w.date('md')}\t{w.clock()}\t{w.pick(('taken', 'taken', 'video', 'missed'))}\t{w.initials(w.staff())}"
        for _ in range(4)
    )
    return (
        _hdr(w, p, "TB clinic DOT log")
        + f"Regimen: {w.drug(('rifapentine 900 mg', 'isoniazid 900 mg', 'rifampin 600 mg'))} "
        f"weekly; {w.epo('Mantoux')} 18 mm. Dx {w.icd(('A15.0', 'R76.11', 'Z22.7'))}, {w.code(('99211', '87116'))}.\n"
        f"Date\tTime\tDose\tInit\n{rows}\nOutreach: {w.full(w.staff())}, RN, drives {w.plate()}."
    )


def c_prenatal(w: W, p: Person) -> str:
    p = w.person(p.culture, "f")
    wk = w.rng.randint(14, 39)
    return (
        _hdr(w, p, "Prenatal visit") + f"G3P2 at {wk} weeks, {w.young()}. Fundal height {wk} cm, FHR 148, "
        f"{w.epo('Leopold')} maneuvers vertex, {w.epo('Bishop')} score 3. BP 118/72. {w.drug(('prenatal vitamin 1 tab', 'ferrous sulfate 325 mg', 'aspirin 81 mg'))}.\n"
        f"Dx {w.icd(('Z34.82', 'O99.011', 'O24.410', 'Z3A.28'))}, {w.code(('59425', '0500F', '81025'))}. "
        f"Interpreter {w.full(w.staff())} ({w.pick(('Dari', 'Pashto', 'Kreyol', 'Lingala'))}). Next {w.date('wd_md')}.\n{w.clin('CNM')}"
    )


def c_moud(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "MOUD induction note") + f"{w.young()} with opioid use disorder. COWS at {w.clock()}: 14; at "
        f"{w.clock()}: 6 after {w.drug(('buprenorphine-naloxone 4 mg-1 mg', 'buprenorphine 8 mg'))}. "
        f"Naloxone kit ({w.drug(('naloxone 4 mg nasal',))}) given, lot {w.lot()}.\nDx {w.icd(('F11.20', 'F11.23'))}; "
        f"{w.code(('G2086', '99204', 'H0033'))}. DEA {w.dea()}. {w.dept()} to follow.\n{w.clin('NP')}"
    )


def c_biopsy(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "Dermatology procedure") + f"{w.epo('Fitzpatrick')} type V. 4 mm punch biopsy of left forearm "
        f"lesion, {w.drug(('lidocaine 1% with epinephrine 2 mL',))}. Specimen {w.ident('S')} to {w.facility('Pathology Lab')}. "
        f"If melanoma, {w.epo('Breslow')} depth to follow.\nDx {w.icd(('D48.5', 'L82.1', 'L57.0'))}; CPT {w.code(('11104', '11102', '11105'))}.\n"
        f"{w.clin('PA-C')}"
    )


def c_rehab(w: W, p: Person) -> str:
    rows = "\n".join(
        f"| {i} | {w.rng.randint(60, 120)} | {w.rng.randint(11, 15)} | {w.initials(w.staff())} |" for i in range(1, 4)
    )
    return (
        _hdr(w, p, "Cardiac rehab session") + f"Session 12 of 36 after stent ({w.icd(('I25.10', 'Z95.5', 'I21.4'))}). "
        f"{w.code(('93798', '93797'))}. {w.epo('Borg')} RPE and HR by station:\n| station | HR | RPE | staff |\n{rows}\n"
        f"Treadmill by {w.epo('Bruce')} stage 2. {w.drug(('clopidogrel 75 mg', 'atorvastatin 80 mg', 'metoprolol 25 mg'))}.\n"
        f"{w.full(w.staff())}, RN"
    )


def c_tubes(w: W, p: Person) -> str:
    kid = w.person(p.culture)
    return (
        _hdr(w, p if w.rng.random() < 0.2 else kid, "ENT procedure", child=True)
        + f"Bilateral tympanostomy tubes ({w.code(('69436', '69433'))}) "
        f"for {w.icd(('H65.33', 'H66.93', 'H69.83'))}. {w.epo('Mallampati')} II. {w.maker(('Medtronic', 'Olympus'))} tubes, lot {w.lot()}. "
        f"{w.drug(('ofloxacin otic 0.3% 5 drops', 'ciprofloxacin-dexamethasone otic 4 drops'))} BID. {w.kin(p)} at bedside.\n"
        f"Surgeon: {w.clin('MD')}"
    )


def c_reaction(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "Infusion center")
        + f"Infusion reaction at {w.clock()} during {w.drug(('infliximab 5 mg/kg', 'iron sucrose 200 mg', 'rituximab 375 mg/m2'))}, "
        f"pump {w.maker(('Baxter', 'B. Braun', 'ICU Medical'))} serial {w.serial()}. Flushing, BP 92/58. Stopped; "
        f"{w.drug(('diphenhydramine 50 mg IV', 'hydrocortisone 100 mg IV'))}.\nDx {w.icd(('T80.89XA', 'T88.7XXA'))}; "
        f"{w.code(('96365', '96366', 'J1745', 'J1756'))}. Lot {w.lot()}. {w.dept()} notified.\n{w.clin('RN')}"
    )


def c_sick(w: W, p: Person) -> str:
    kid = w.person(p.culture)
    return (
        _hdr(w, kid, "Pediatric sick visit", child=True)
        + f"{w.young(1, 14)} brought by {w.kin(p)} ({w.full(p)}) with fever 3 days. "
        f"Ears clear. {w.epo('Moro')} not applicable. Rapid strep {w.code(('87880',))} positive.\n"
        f"Plan: {w.drug(('amoxicillin 400 mg/5 mL', 'cefdinir 250 mg/5 mL', 'ibuprofen 100 mg/5 mL'))}. Dx {w.icd(('J02.0', 'H66.90', 'R50.9'))}; "
        f"{w.code(('99213', '99214'))}.\nCall back {w.phone()}.\n{w.clin('MD')}"
    )


def c_psych(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "Psychiatric intake")
        + f"{w.young()} referred by {w.facility('Resettlement Agency')}. Left {w.abroad(p)} "
        f"in {w.date('month_y')}. PHQ-9 18, PCL-5 51, {w.epo('Romberg')} negative. Lives with {w.kin(p)} at {w.address()}.\n"
        f"Dx {w.icd(('F43.10', 'F32.2', 'F41.1'))}; {w.code(('90792', '90791'))}. Start {w.drug(('sertraline 25 mg', 'prazosin 1 mg', 'mirtazapine 15 mg'))}.\n"
        f"{w.dept()} referral.\n{w.clin('LCSW')}"
    )


def c_pft(w: W, p: Person) -> str:
    rows = "\n".join(f"| {t} | {w.rng.randint(55, 110)}% |" for t in ("FVC", "FEV1", "TLC", "DLCO"))
    return (
        _hdr(w, p, "Pulmonary function report")
        + f"{w.pair((('Vyaire', 'Vmax Encore'), ('ndd Medical', 'EasyOne Air')))}.\n"
        f"| test | % pred |\n{rows}\nPost {w.drug(('albuterol 360 mcg',))}. Dx {w.icd(('J44.9', 'J84.10', 'R06.02'))}; "
        f"{w.code(('94729', '94726', '94060'))}.\nRead by {w.clin('MD')}"
    )


def c_sickle(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "Hematology day hospital")
        + f"{w.young()} HbSS, vaso-occlusive crisis since {w.date('wd_md')}. Pain 9/10 "
        f"({w.epo('Wong-Baker')}). {w.drug(('morphine 4 mg IV', 'ketorolac 15 mg IV', 'hydroxyurea 1000 mg'))}. "
        f"Dx {w.icd(('D57.00', 'D57.01', 'D57.1'))}; {w.code(('96374', '36430'))}.\n{w.dept()} aware. {w.kin(p)} phone {w.phone_abroad(p)}.\n{w.clin('NP')}"
    )


def c_hepb(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "Hepatitis B clinic") + f"HBsAg positive since {w.date('month_y')}, HBV DNA 2,300 IU/mL. Born in "
        f"{w.abroad(p)}. {w.drug(('tenofovir alafenamide 25 mg', 'entecavir 0.5 mg'))}. Dx {w.icd(('B18.1', 'Z22.51'))}; "
        f"{w.code(('87517', '76700', '87340'))}. Household contacts: {w.kin(p)} and 3 children.\n{w.clin('PA-C')}"
    )


def c_cataract(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "Ophthalmology pre-op")
        + f"Biometry on {w.maker(('Zeiss',))} {w.model('IOLMaster 700')}: AL 23.4 mm. "
        f"{w.maker(('Alcon',))} IOL 21.0 D, lot {w.lot()}. {w.epo('Schirmer')} 12 mm, {w.epo('Goldmann')} IOP 16.\n"
        f"Dx {w.icd(('H25.11', 'H25.12', 'H26.9'))}; {w.code(('66984', '92136'))}. Surgery {w.date('wd_full')}.\n{w.clin('OD')}"
    )


def c_pain(w: W, p: Person) -> str:
    return (
        _hdr(w, p, "Pain clinic procedure")
        + f"Fluoroscopic L4-L5 injection, {w.drug(('triamcinolone 40 mg', 'dexamethasone 10 mg'))} "
        f"with {w.drug(('bupivacaine 0.25% 2 mL',))}. {w.epo('Trendelenburg')} negative, pain on {w.epo('Valsalva')}.\nDx {w.icd(('M54.16', 'M51.26'))}; "
        f"{w.code(('62323', '64483', '77003'))}. Driver: {w.kin(p)}, {w.plate()}.\n{w.clin('MD')}"
    )


CLINICAL_GENRES: tuple[Genre, ...] = (c_i693, c_dot, c_prenatal, c_moud, c_biopsy, c_rehab, c_tubes, c_reaction, c_sick,
                                      c_psych, c_pft, c_sickle, c_hepb, c_cataract, c_pain)  # fmt: skip


def _sections(w: W, p: Person, i: int) -> str:
    """The clinical note's registration, care-team, interpreter, addendum and printed-by sections:
    four PHI types per note, in turn, so each occurs often."""
    kinds = [EXTRA_TYPES[(i * 4 + k) % len(EXTRA_TYPES)] for k in range(4)]
    layout = w.pick(("kv", "tab", "pipe", "kv"))
    out = (
        "\n" + w.pick(("REGISTRATION", "CARE TEAM", "INTERPRETER", "REGISTRATION")) + "\n" + w.extras(p, kinds, layout)
    )
    if w.rng.random() < 0.35:
        out += (
            f"\nAddendum {w.clock()}: {w.kin(p)} called from {w.phone()}; {w.insurer()} auth {w.ident('PA')} pending."
        )
    if w.rng.random() < 0.5:
        out += f"\nPrinted by {w.initials(w.staff())} on {w.date('mdy')} {w.clock()}"
    if w.rng.random() < 0.3:
        out += f"\nVisit for {w.old_age()}-year-old {w.kin(p)} reviewed; {w.young()} sibling well."
    if w.rng.random() < 0.35:
        out += (
            f"\nCARE TEAM\nPCP: {w.clin()}\t{w.phone()}\nCase manager: {w.full(w.staff())}, {w.pick(('LCSW', 'RN', 'MA'))}"
            f"\t{w.email(w.staff())}\nPharmacy: {w.facility('Pharmacy')}\tfax {w.phone('FAX')}\n"
            f"Social: lives with {w.kin(p)} in {P(w.town()[0], 'LOCATION')}; works {w.clock()} to {w.clock()}; "
            f"{w.dept()} follows. Next visit {w.date(w.pick(DATE_STYLES))} at {w.clock_ampm()}."
        )
    return out


def _message_tail(w: W, p: Person, i: int) -> str:
    kinds = [EXTRA_TYPES[(i * 2 + k) % len(EXTRA_TYPES)] for k in range(2)]
    layout = w.pick(("kv", "tab", "bullet", "kv"))
    tail = "\n" + w.extras(p, kinds, layout)
    if w.rng.random() < 0.3:
        tail += f"\nCaller {w.young()}, {w.kin(p)} aware."
    elif w.rng.random() < 0.12:
        tail += f"\n{w.kin(p)} is {w.old_age()} and lives with us."
    return tail


def _row(w: W, family: str, i: int) -> str:
    p = w.person(CULTURES[(i // 15) % 4] if w.rng.random() < 0.5 else "")
    if family == "messages":
        return MESSAGE_GENRES[i % len(MESSAGE_GENRES)](w, p) + _message_tail(w, p, i)
    return CLINICAL_GENRES[i % len(CLINICAL_GENRES)](w, p) + _sections(w, p, i)


def generate(family: str, n: int, seed: int) -> list[dict]:
    """`n` rows of `family` ("messages" or "clinical") from `seed`."""
    if family not in FAMILIES:
        raise ValueError(family)
    rng = random.Random(f"evalset16-{family}-{seed}")
    rows: list[dict] = []
    seen: set[str] = set()
    for i in range(n):
        while True:
            w = W(rng, i)
            case = ""
            if family == "messages":
                r = rng.random()
                case = "upper" if r < 0.05 else "lower" if r < 0.10 else ""
            text, phi, keep = parse(_row(w, family, i), case)
            if text in seen or (family == "clinical" and not 150 <= len(text) <= 1500):
                continue
            break
        seen.add(text)
        rows.append({"id": f"eval16-{family}-{i}", "family": family, "text": text, "phi": phi,
                     "keep": list(keep), "keep_kinds": keep})  # fmt: skip
    return rows


def dumps(rows: list[dict]) -> str:
    """The rows as JSONL, one per line, ASCII."""
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows)


def provenance_problems() -> list[str]:
    """No Faker table is read, so there is nothing whose provenance could be wrong."""
    return _provenance_problems(FAKER_TABLES)


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
