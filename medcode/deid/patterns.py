"""Regular expressions for clinical PHI, grouped by what they find.

Each rule is (name, compiled regex, PHI type or typing function, capture group). Only the
capture group is redacted, so labels ("MRN:", "Dr.") stay readable for coding and review.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medcode.deid.lexicon import CREDENTIALS, MONTH_ABBR, MONTHS, TITLES

TypeSpec = str | Callable[[re.Match], str]
Rule = tuple[str, re.Pattern, TypeSpec, int | str]

I = re.IGNORECASE
M = re.MULTILINE


# --- building blocks -----------------------------------------------------------------------
def _letters(pred) -> str:
    """Latin letters (Basic, Latin-1, Extended-A/B) satisfying `pred`, as a class body."""
    chars = [chr(c) for c in range(0xC0, 0x250) if pred(chr(c)) and chr(c).isalpha()]
    return "".join(re.escape(c) for c in chars)


UP = "A-Z" + _letters(str.isupper)
LO = "a-z" + _letters(str.islower) + "ıș"
CAPW = rf"(?:(?:Mc|Mac|O['’]|D['’]|Di|De|Le|La|Van|Von)?[{UP}][{LO}]+(?:[{UP}][{LO}]{{2,}})?(?:['’][{LO}]+)?(?:-[{UP}{LO}][{LO}]+)*)"
ALLCAPSW = rf"(?:[{UP}][{UP}'’\-]{{1,}}[{UP}])"
INITIAL = rf"(?:[{UP}]\.?(?![{UP}{LO}]))"
PARTICLE = r"(?:van|von|de|del|della|der|den|da|di|du|la|le|dos|das|bin|al|el|ter|ten)"
_NOT_NAME_WORDS = (
    r"(?:MRN|DOB|SSN|DOS|MR|ID|NPI|DEA|FIN|CSN|Phone|Fax|Tel|Email|Date|Age|Sex|Room|Bed|Unit|Account|Acct|Address|Member|Policy|Admitted|Admission|Discharge|Discharged|Attending|Signed|Dictated|"
    + "|".join(re.escape(c) for c in CREDENTIALS)
    + r")(?![\w.])"
)
NAMETOK = rf"(?:(?!{_NOT_NAME_WORDS}){CAPW}|(?!{_NOT_NAME_WORDS}){ALLCAPSW}|(?!{_NOT_NAME_WORDS}){INITIAL}(?=[\s,]))"
# a person name: 1-4 name tokens separated by spaces/particles, optionally "Last, First M."
NAME_SEQ = rf"(?:{NAMETOK}(?:[ \t](?:{PARTICLE}[ \t])?{NAMETOK}){{0,3}}(?:,[ \t]?{NAMETOK}(?:[ \t]{NAMETOK}){{0,2}})?)"
NAME_SEQ_NOCOMMA = rf"(?:{NAMETOK}(?:[ \t](?:{PARTICLE}[ \t])?{NAMETOK}){{0,3}})"
CITY = rf"(?:{CAPW}(?:(?:[ \t]+(?:{PARTICLE}|sur|les|los|las|en|on|upon|under)[ \t]+|[ \t\-]+){CAPW}){{0,3}}(?:[ \t]+(?:los|las)[ \t]+(?:bajos|altos))?)"
_SUFFIXES = set(
    [
        "Street",
        "St",
        "Avenue",
        "Ave",
        "Road",
        "Rd",
        "Boulevard",
        "Blvd",
        "Lane",
        "Ln",
        "Drive",
        "Dr",
        "Court",
        "Ct",
        "Way",
        "Place",
        "Pl",
        "Terrace",
        "Ter",
        "Circle",
        "Cir",
        "Parkway",
        "Pkwy",
        "Highway",
        "Hwy",
        "Square",
        "Sq",
        "Trail",
        "Trl",
        "Loop",
        "Alley",
        "Aly",
        "Crescent",
        "Cres",
        "Close",
        "Grove",
        "Gardens",
        "Gdns",
        "Row",
        "Mews",
        "Walk",
        "Path",
        "Pike",
        "Plaza",
        "Plz",
        "Point",
        "Pt",
        "Ridge",
        "Run",
        "Crossing",
        "Xing",
        "Expressway",
        "Expy",
        "Freeway",
        "Fwy",
        "Turnpike",
        "Tpke",
        "Route",
        "Rte",
        "Estates?",
        "Heights",
        "Hts",
        "Hills?",
        "Junction",
        "Jct",
        "Landing",
        "Manor",
        "Meadows?",
        "Park",
        "Pass",
        "Port",
        "Ranch",
        "Shoals?",
        "Springs?",
        "Station",
        "Sta",
        "Summit",
        "Valley",
        "Vly",
        "Views?",
        "Villages?",
        "Vlg",
        "Villes?",
        "Vista",
        "Wells?",
        "Harbor",
        "Hbr",
        "Haven",
        "Isle",
        "Key",
        "Knolls?",
        "Lakes?",
        "Lodge",
        "Mills?",
        "Mission",
        "Mount",
        "Mountain",
        "Neck",
        "Orchard",
        "Oval",
        "Prairie",
        "Radial",
        "Rapids?",
        "Rest",
        "Shores?",
        "Spur",
        "Stream",
        "Trace",
        "Track",
        "Trafficway",
        "Tunnel",
        "Underpass",
        "Union",
        "Fork",
        "Forks",
        "Fort",
        "Ft",
        "Gateway",
        "Glen",
        "Green",
        "Bypass",
        "Byp",
        "Camp",
        "Canyon",
        "Cape",
        "Causeway",
        "Center",
        "Ctr",
        "Cliffs?",
        "Club",
        "Common",
        "Corners?",
        "Course",
        "Courts",
        "Cove",
        "Creek",
        "Crest",
        "Curve",
        "Dale",
        "Dam",
        "Divide",
        "Falls",
        "Ferry",
        "Field",
        "Fields",
        "Flats?",
        "Ford",
        "Forest",
        "Forge",
        "Freeway",
        "Garden",
        "Glens",
        "Greens",
        "Hollow",
        "Inlet",
        "Island",
        "Islands",
        "Lights?",
        "Locks?",
        "Loaf",
        "Mall",
        "Motorway",
        "Overpass",
        "Pines?",
        "Plains?",
        "Ports",
        "Ramp",
        "Rows",
        "Skyway",
        "Squares",
        "Streets",
        "Throughway",
        "Viaduct",
        "Wall",
        "Ways",
        "Ville",
        "Avenida",
        "Calle",
        "Paseo",
        "Plaza",
        "Rue",
        "Strasse",
        "Straße",
        "Weg",
        "Via",
        "Viale",
        "Rua",
    ]
)
try:  # USPS street suffixes as shipped in faker (installed package, no download)
    from faker.providers.address.en_US import Provider as _AddrProvider

    _SUFFIXES.update(_AddrProvider.street_suffixes)
    _SUFFIXES.update(x + "s" for x in _AddrProvider.street_suffixes if not x.endswith("s"))
except ImportError:  # the hand list above still works
    pass
STREET_SUFFIX = "|".join(sorted(_SUFFIXES, key=len, reverse=True))
TITLE_RE = "|".join(re.escape(t) for t in TITLES)
CRED_RE = "|".join(re.escape(c) for c in sorted(CREDENTIALS, key=len, reverse=True))

MONTH_RE = "|".join(MONTHS)
MONABBR_RE = "|".join(MONTH_ABBR)
MONTH_ANY = rf"(?:{MONTH_RE}|(?:{MONABBR_RE})\.?)"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MON = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:19\d\d|20\d\d|\d\d)"
YEAR4 = r"(?:1[89]\d\d|20\d\d)"
ORD = r"(?:st|nd|rd|th)"

DATE_NUM = "|".join(
    [
        rf"{YEAR4}[-/.]{MON}[-/.]{DAY}(?:[T ]\d\d:\d\d(?::\d\d)?)?(?!\d)",
        rf"{MON}[/.\-]{DAY}[/.\-]{YEAR}(?![\d/])",
        rf"{DAY}[-/ ](?:{MONABBR_RE})[a-z]*\.?[-/ ,]+{YEAR}(?!\d)",
        rf"(?:the[ \t]+)?{DAY}{ORD}?[ \t]+(?:of[ \t]+)?{MONTH_ANY}(?:,?[ \t]+{YEAR4})?",
    ]
)
DATE_MONTH = "|".join(
    [
        rf"{MONTH_ANY}[ \t]+{DAY}{ORD}?(?:,?[ \t]+(?:of[ \t]+)?{YEAR4})?(?![\d:])",
        rf"{MONTH_ANY}[ \t]+(?:of[ \t]+)?{YEAR4}",
        rf"(?:the[ \t]+)?{DAY}{ORD}?[ \t]+(?:of[ \t]+)?{MONTH_ANY}(?:,?[ \t]+{YEAR4})?",
    ]
)
DATE_CORE = "|".join(
    [
        rf"{YEAR4}[-/.]{MON}[-/.]{DAY}(?:[T ]\d\d:\d\d(?::\d\d)?)?(?!\d)",  # 2026-03-04
        rf"{MON}[/.\-]{DAY}[/.\-]{YEAR}(?![\d/])",  # 3/4/26, 03-04-2026, 4.3.2026
        rf"{DAY}[-/ ](?:{MONABBR_RE})[a-z]*\.?[-/ ,]+{YEAR}(?!\d)",  # 04-Mar-2026, 4 Mar 26
        rf"{MONTH_ANY}[ \t]+{DAY}{ORD}?(?:,?[ \t]+(?:of[ \t]+)?{YEAR4})?(?![\d:])",  # March 4th, 2026
        rf"(?:the[ \t]+)?{DAY}{ORD}?[ \t]+(?:of[ \t]+)?{MONTH_ANY}(?:,?[ \t]+{YEAR4})?",  # 4th of March
        rf"{MONTH_ANY}[ \t]+(?:of[ \t]+)?{YEAR4}",  # March 2026
    ]
)

# --- rules ---------------------------------------------------------------------------------


def _phone_type(m: re.Match) -> str:
    value_start = m.start(1) if m.re.groups else m.start()
    before = m.string[max(0, m.start() - 25) : value_start].lower().rsplit("\n", 1)[-1]
    fax = max(before.rfind("fax"), before.rfind("facsimile"))
    phone = max(before.rfind(w) for w in ("phone", "tel", "cell", "mobile", "pager", "call"))
    return "FAX" if fax > phone else "PHONE"


LABEL_SEP = r"[ \t]*(?:#|no\.?|number|num\.?|nbr)?[ \t]*[:#=\-]?[ \t]*"
ID_VALUE = r"([A-Z0-9](?:[A-Z0-9\-/.]*[0-9][A-Z0-9\-/.]*)?[A-Z0-9]|\d{3,})"
ID_VALUE_I = r"((?=[A-Za-z0-9\-/.]*\d)[A-Za-z0-9][A-Za-z0-9\-/.]{2,}[A-Za-z0-9])"


def _labelled(labels: str) -> str:
    return rf"\b(?:{labels})(?![a-z]){LABEL_SEP}{ID_VALUE_I}"


RULES: list[Rule] = [
    # e-mail, URL, IP
    ("email", re.compile(r"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b"), "EMAIL", 0),
    ("url", re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:]", I), "URL", 0),
    (
        "domain",
        re.compile(
            r"(?<![@\w.])(?:[a-z0-9\-]+\.)+(?:com|org|net|edu|gov|info|biz|io|co|us|uk|health|care|me|ly|mil|int)(?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:])?(?![\w@])",
            I,
        ),
        "URL",
        0,
    ),
    (
        "ipv4",
        re.compile(
            r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d|/\d)"
        ),
        "IP",
        0,
    ),
    (
        "ipv6",
        re.compile(
            r"(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){0,6}[0-9a-f]{1,4}(?![\w:])",
            I,
        ),
        "IP",
        0,
    ),
    # SSN (labelled or the canonical dashed shape)
    ("ssn", re.compile(r"(?<![\d\-])(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}(?![\d\-])"), "SSN", 0),
    (
        "ssn_label",
        re.compile(
            r"\b(?:SSN|SS#|Social Security(?: Number| No\.?)?|SS No\.?)[ \t]*[:#]?[ \t]*(\d{3}[- ]?\d{2}[- ]?\d{4}|\*{3}-?\*{2}-?\d{4}|X{3}-?X{2}-?\d{4})",
            I,
        ),
        "SSN",
        1,
    ),
    # phone / fax
    (
        "phone",
        re.compile(
            r"(?<![\w/.\-])(?:(?:\+?1|001)[ \t.\-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ \t.\-])\d{3}[ \t.\-]\d{4}(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5})?(?![\w/\-]|\.\d)",
            I,
        ),
        _phone_type,
        0,
    ),
    (
        "phone_intl",
        re.compile(r"(?<![\w/])\+\d{1,3}[ \t.\-]?(?:\(\d{1,4}\)[ \t.\-]?)?\d{1,4}(?:[ \t.\-]\d{2,4}){2,4}(?![\w/])"),
        _phone_type,
        0,
    ),
    (
        "phone_uk",
        re.compile(
            r"(?<![\w/])(?:\+44[ \t]?(?:\(0\)[ \t]?)?\d{2,4}|\(0\d{2,4}\)|0\d{2,4})[ \t]?\d{3,4}[ \t]?\d{3,4}(?![\w/]|\.\d)"
        ),
        _phone_type,
        0,
    ),
    ("phone_bare", re.compile(r"(?<![\w/.,\-])\d{10,11}(?![\w/,]|\.\d)"), _phone_type, 0),
    (
        "phone_eu",
        re.compile(
            r"(?<![\w/.])(?:\(\d{2,4}\)[ \t]?\d{3}-\d{3}|0\d{2,4}[ \t]\d{2,3}(?:[ \t]\d{2,3}){1,3})(?![\w/]|[.,]\d)"
        ),
        _phone_type,
        0,
    ),
    (
        "phone_pairs",
        re.compile(
            r"(?<![\w/.\-])(?:\d{2}-\d{2}-\d{2}-\d{2}(?:-\d{2})?|0\d{3}-\d{6,7}|\d{2}[ \t]\d{3}[ \t]\d{3}[ \t]\d{2})(?![\w/\-]|[.,]\d)"
        ),
        _phone_type,
        0,
    ),
    (
        "phone_label",
        re.compile(
            r"\b(?:phone|tel|telephone|cell|mobile|pager|beeper|fax|facsimile|contact number|call back)[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*(\+?[\d(][\d()\-. \t]{6,18}\d(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,5})?)",
            I,
        ),
        _phone_type,
        1,
    ),
    # identifiers with labels
    (
        "mrn",
        re.compile(
            _labelled(
                r"(?-i:MRN|MR#|MR)|Med(?:ical)?[ \t]+Rec(?:ord)?s?|Record|Chart|Hospital[ \t]+(?:number|no\.?|#|ID)|Patient[ \t]+(?:ID|identifier|number|no\.?|#)|Pt[ \t]+ID|Unit[ \t]+(?:number|no\.?)|Case[ \t]+(?:number|no\.?|#)|EMPI|UPI|NHS(?:[ \t]+number)?"
            ),
            I,
        ),
        "MRN",
        1,
    ),
    (
        "account",
        re.compile(
            _labelled(
                r"Account|Acct\.?|Billing(?:[ \t]+(?:ID|number|no\.?))?|Encounter(?:[ \t]+ID)?|Visit(?:[ \t]+ID)?|(?-i:FIN|CSN)|Invoice|Claim|Credit[ \t]+card|Card|IBAN|Bank[ \t]+account|Routing"
            ),
            I,
        ),
        "ACCOUNT",
        1,
    ),
    (
        "health_plan",
        re.compile(
            _labelled(
                r"Member(?:[ \t]+ID)?|Subscriber(?:[ \t]+ID)?|Policy|Insurance(?:[ \t]+ID)?|Insured[ \t]+ID|Group|Plan(?:[ \t]+ID)?|Beneficiary(?:[ \t]+ID)?|Medicare(?:[ \t]+ID)?|Medicaid(?:[ \t]+ID)?|MBI|HICN|Health[ \t]+plan(?:[ \t]+ID)?|Coverage[ \t]+ID|Payer[ \t]+ID"
            ),
            I,
        ),
        "HEALTH_PLAN",
        1,
    ),
    (
        "license",
        re.compile(
            _labelled(
                r"Licen[cs]e|Lic\.?|(?-i:DEA|NPI|DL)|Driver'?s?[ \t]+licen[cs]e|Certificate|Cert\.?|Registration|Passport|Badge|Employee[ \t]+ID|State[ \t]+ID"
            ),
            I,
        ),
        "LICENSE",
        1,
    ),
    (
        "vehicle",
        re.compile(
            r"\b(?:licen[cs]e[ \t]+plate|plate|tag|VIN|vehicle(?:[ \t]+(?:ID|identification number|number))?)(?![a-z])[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*((?=[A-Z0-9\- ]*\d)[A-Z0-9][A-Z0-9\- ]{2,16}[A-Z0-9])",
            I,
        ),
        "VEHICLE",
        1,
    ),
    ("vin", re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"), "VEHICLE", 0),
    (
        "device",
        re.compile(
            r"\b(?:serial(?:[ \t]+(?:number|no\.?|#))?|S/N|(?-i:SN)|device[ \t]+(?:ID|identifier|serial)|(?-i:UDI)|lot(?:[ \t]+(?:number|no\.?|#))?|model[ \t]+(?:number|no\.?|#)|implant[ \t]+ID|(?-i:IMEI|MAC)(?:[ \t]+address)?)(?![a-z])[ \t]*[:#]?[ \t]*((?=[A-Za-z0-9\-:/.]*\d)[A-Za-z0-9][A-Za-z0-9\-:/.]{2,}[A-Za-z0-9])",
            I,
        ),
        "DEVICE",
        1,
    ),
    ("mac", re.compile(r"\b[0-9A-F]{2}(?::[0-9A-F]{2}){5}\b", I), "DEVICE", 0),
    (
        "id_label",
        re.compile(
            _labelled(r"ID|Identifier|Ref(?:erence)?|Accession|Specimen|Sample|Order|Requisition|Ticket|Reference"), I
        ),
        "ID",
        1,
    ),
    # unlabelled long identifiers: 7+ digits, or letters+digits (MRN00123456) not followed by units
    (
        "long_number",
        re.compile(
            r"(?<![\w.,/\-])(?:[A-Z]{1,4}[\-]?)?\d{7,}(?![\w,/]|\.\d|\s*(?:/|per|cells|copies|IU|U/|mg|ml|mL|µ|x10|×|%))"
        ),
        "ID",
        0,
    ),
    (
        "alnum_id",
        re.compile(
            r"(?<![\w.\-/])(?=[A-Z0-9\-]*\d{5})(?=[A-Z0-9\-]*[A-Z]{1,})[A-Z]{1,5}-?\d{5,}[A-Z0-9\-]*(?![\w\-/])"
        ),
        "ID",
        0,
    ),
    ("dashed_id", re.compile(r"(?<![\w.\-/])\d{2,6}-\d{3,8}-\d{1,8}(?:-\d{1,8})?(?![\w\-/])"), "ID", 0),
    # dates
    ("date_num", re.compile(rf"(?<![\w/.\-])(?:{DATE_NUM})(?![\w/])", I), "DATE", 0),
    ("date_month", re.compile(rf"(?<![\w/.\-])(?:{DATE_MONTH})(?![\w/])", I), "DATE", 0),
    (
        "date_md",
        re.compile(
            rf"\b(?:on|since|from|until|till|dated?|as of|through|thru|starting|effective|DOB|DOS|D\.O\.B\.?)[ \t:]+({MON}/{DAY})(?![\d/])",
            I,
        ),
        "DATE",
        1,
    ),
    (
        "date_label",
        re.compile(
            rf"\b(?:DOB|D\.O\.B\.?|DOS|date of birth|birth ?date|born(?: on)?|date of (?:admission|discharge|service|death|surgery|visit|procedure|exam|encounter|injury|consult)|admission date|discharge date|admit date|admitted|discharged|service date|visit date|date|dod|deceased)[ \t]*[:#]?[ \t]*((?:{MON}[/.\-]{DAY}[/.\-]{YEAR}|{YEAR4}[/.\-]{MON}[/.\-]{DAY}|\d{{8}}|{MON}[/.\-]{DAY}))(?![\d/])",
            I,
        ),
        "DATE",
        1,
    ),
    (
        "month_alone",
        re.compile(
            rf"\b(?:in|on|since|during|until|of|early|late|mid|mid-|last|next|by|from|through|before|after|this)[ \t\-]+((?:{'|'.join(m for m in MONTHS if m != 'May')}))(?![\w])",
            I,
        ),
        "DATE",
        1,
    ),
    (
        "holiday",
        re.compile(
            r"\b(Christmas(?: Eve| Day)?|New Year'?s(?: Eve| Day)?|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Independence Day|Halloween|Memorial Day|Labor Day|Valentine'?s Day)\b"
        ),
        "DATE",
        1,
    ),
    # ages over 89
    (
        "age_90",
        re.compile(
            r"(?<![\d.])(9\d|1[0-4]\d)(?=[ \t\-]*(?:-|\s)?(?:years?|yrs?|yo\b|y/o|y\.o\.|year-old|yr-old|-year|-yr|years-old|-years|months?-old|(?:-|\s)year))",
            I,
        ),
        "AGE",
        1,
    ),
    (
        "age_90_label",
        re.compile(r"\b(?:age[ds]?|aged|Age:|age of|AGE)[ \t:]*(?:is[ \t]+|of[ \t]+)?(9\d|1[0-4]\d)(?![\d.])", I),
        "AGE",
        1,
    ),
    ("age_90_yo", re.compile(r"(?<![\d.])(9\d|1[0-4]\d)[ \t]*(?:yo|y/o|y\.o\.|yr|yrs|y)\b", I), "AGE", 1),
    (
        "age_90_nineties",
        re.compile(
            r"\bin (?:her|his|their) ((?:early |mid |mid-|late )?(?:nineties|90s|hundreds))\b|\b(nonagenarian|centenarian)\b",
            I,
        ),
        "AGE",
        0,
    ),
    (
        "age_90_words",
        re.compile(
            r"\b((?:ninety|one hundred)(?:[\- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?=[\- ]years?)", I
        ),
        "AGE",
        1,
    ),
    # addresses
    (
        "street",
        re.compile(
            rf"(?<![\w\-])((?:\d{{1,6}}[A-Z]?|One|Two)[ \t]+(?:[NSEW]\.?[ \t]+|North[ \t]+|South[ \t]+|East[ \t]+|West[ \t]+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{CAPW}|[A-Z]{{2,}})[ \t]+){{1,4}}(?:{STREET_SUFFIX})\.?(?:,?[ \t]+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#|Floor|Fl\.?|Room|Rm\.?|Bldg\.?|Building)[ \t]*#?[ \t]*[\w\-]+)?)(?![\w])(?:,?[ \t]+in[ \t]+({CITY}))?"
        ),
        "ADDRESS",
        1,
    ),
    (
        "street_apt",
        re.compile(
            rf"(?<![\w\-])(\d{{1,6}}[ \t]+(?:{CAPW}[ \t]+){{1,4}}(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#)[ \t]*#?[ \t]*[\w\-]+)"
        ),
        "ADDRESS",
        1,
    ),
    (
        "unit_only",
        re.compile(r"(?<![\w])((?:Apt\.?|Apartment|Suite|Ste\.)[ \t]*#?[ \t]*\d{1,5}[A-Z]?)(?![\w])"),
        "ADDRESS",
        1,
    ),
    (
        "military",
        re.compile(
            r"\b((?:Unit|PSC|USNS|USS|USNV|USCGC)[ \t]+[\w]+(?:[ \t]+[\w]+)?(?:,?[ \t]+Box[ \t]+\d+)?\s{0,3}(?:[ADF]PO)[ \t]+A[AEP][ \t]+\d{5})\b"
        ),
        "ADDRESS",
        1,
    ),
    (
        "street_num_eu",
        re.compile(
            rf"(?<![\w.,/\-])(\d{{2,6}}[ \t]+(?:ul\.|{CAPW}|[{UP}][{LO}]+)(?:[ \t]+[{UP}{LO}'\-.]+){{0,3}}[ \t]+\d{{1,4}}[A-Za-z]?)(?![\w/.,%]|[ \t]*(?:mg|ml|mL|cm|mm|kg|g|h|days?|weeks?|months?|years?|%))"
        ),
        "ADDRESS",
        1,
    ),
    (
        "street_eu",
        re.compile(
            rf"(?<![\w\-])((?:Calle|C/|Avenida|Avda\.?|Av\.|Paseo|Plaza|Rue|Via|Viale|Rua|Carrer|Travessera)[ \t]+(?:(?:de|del|la|las|los|el|da|do|dos|des|du)[ \t]+)*{CAPW}(?:[ \t]+{CAPW}){{0,3}},?[ \t]*(?:n\.?º?[ \t]*)?\d{{1,5}}[A-Za-z]?)"
        ),
        "ADDRESS",
        1,
    ),
    (
        "street_eu2",
        re.compile(
            rf"(?<![\w\-])({CAPW}(?:[ \t]+{CAPW}){{0,2}}(?:strasse|straße|weg|gasse|platz|allee|laan|straat|gatan|vägen|veien|gade|vej|katu|tie|utca|ulica)[ \t]+\d{{1,5}}[a-zA-Z]?)"
        ),
        "ADDRESS",
        1,
    ),
    ("pobox", re.compile(r"\b((?:P\.?[ \t]?O\.?|Post Office)[ \t]*Box[ \t]*\d+)", I), "ADDRESS", 1),
    (
        "address_label",
        re.compile(
            r"\b(?:Address|Addr\.?|Residence|Home address|Street|Lives at|Resides at|Residing at)[ \t]*:?[ \t]*(\d[^\n;]{3,60}?)(?=[ \t]*(?:\n|;|$|\.[ \t]|,[ \t]*[A-Z][a-z]+,[ \t]*[A-Z]{2}\b))",
            I,
        ),
        "ADDRESS",
        1,
    ),
    (
        "city_state_zip",
        re.compile(
            rf"\b((?:{CAPW}[ \t]+){{0,3}}{CAPW}),[ \t]*(?:[A-Z]{{2}}|{CAPW}(?:[ \t]+{CAPW})?)[ \t]+(\d{{5}}(?:-\d{{4}})?)\b"
        ),
        lambda m: "LOCATION",
        1,
    ),
    (
        "zip_after_state",
        re.compile(
            r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])[ \t,]+(\d{5}(?:-\d{4})?)\b"
        ),
        "ZIP",
        1,
    ),
    (
        "zip_label",
        re.compile(
            r"\b(?:ZIP|Zip code|Postal code|Postcode|ZIP code|Post code)[ \t]*:?[ \t]*(?:is[ \t]+)?(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{4,5})\b",
            I,
        ),
        "ZIP",
        1,
    ),
    (
        "zip_line",
        re.compile(
            r"(?m)^[ \t>?]*(?:[A-Z][a-z]+|[A-Z]{2,}|[A-Z])(?:[ \t](?:[A-Z][a-z]+|[A-Z]{1,}|nan)){0,2}[ \t]+(\d{4,6}(?:-\d{3,4})?)[ \t]*$"
        ),
        "ZIP",
        1,
    ),
    ("uk_postcode", re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})\b"), "ZIP", 1),
    (
        "city_label",
        re.compile(
            rf"\b(?i:City|Town|County|Municipality|Place of birth|Birthplace|Hometown|Country of residence)[ \t]*:[ \t]*({CITY})"
        ),
        "LOCATION",
        1,
    ),
    (
        "after_apt",
        re.compile(
            rf"\b(?:Apt|Suite|Ste|Unit)\.?[ \t]*#?[ \t]*\w+(?:,?[ \t]+(?:in[ \t]+)?|[ \t]*\n[ \t>?]*)({CITY}|{ALLCAPSW}(?:[ \t\-]{ALLCAPSW}){{0,2}})"
        ),
        "LOCATION",
        1,
    ),
    (
        "lives_in",
        re.compile(
            rf"\b(?i:lives|living|resides|residing|resident|moved|relocated|born|raised|travel(?:l?ed)?|returned|transferred|referred|came|coming|visiting|vacation(?:ing)?|home|native|grew up|flew|flown|arrived|originally|trip|located|based|stationed)[ \t]+(?:\w+[ \t]+)?(?i:in|to|from|at|of|near)[ \t]+(?:the[ \t]+)?({CITY}(?:,[ \t]*{CITY})?|{ALLCAPSW}(?:[ \t\-]{ALLCAPSW}){{0,2}})"
        ),
        "LOCATION",
        1,
    ),
    (
        "city_comma_state",
        re.compile(
            r"\b((?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+),[ \t]*(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b"
        ),
        "LOCATION",
        1,
    ),
    # facilities
    (
        "facility",
        re.compile(
            rf"((?:(?:St\.?|Saint|Mount|Mt\.?|San|Santa|Our Lady of|The)[ \t]+)?(?:{CAPW}['’]?s?[ \t]+|[A-Z]{{2,}}[ \t]+|&[ \t]+|of[ \t]+|and[ \t]+|de[ \t]+|la[ \t]+|del[ \t]+){{0,4}}{CAPW}['’]?s?[ \t]+(?:(?:General|Memorial|Regional|Community|University|Children['’]s|Women['’]s|County|Veterans|Teaching|Baptist|Methodist|Presbyterian|Lutheran|Adventist|Mercy|Sacred Heart|Medical|Health|Healthcare|Surgical|Rehabilitation|Rehab|Psychiatric|Behavioral|Cancer|Heart|Eye|Dental|Urgent|Family|Specialty|Nursing|Care|Community)[ \t]+){{0,3}}(?:Hospital|Hospitals|Medical Center|Medical Centre|Health Center|Health Centre|Clinic|Clinics|Infirmary|Sanatorium|Hospice|Nursing Home|Nursing Facility|Care Center|Care Home|Health System|Healthcare|Health Care|Medical Group|Surgery Center|Surgical Center|Rehabilitation Center|Rehab Center|Institute|Pharmacy|Laboratories|Laboratory|Urgent Care|Medical Associates|Associates|Polyclinic|Dialysis Center|Cancer Center|Health Clinic|Family Practice|Physicians|Imaging|Radiology)(?:[ \t]+(?:of|at|in)[ \t]+{CAPW}(?:[ \t]+{CAPW}){{0,2}})?)(?![\w])"
        ),
        "FACILITY",
        1,
    ),
    (
        "facility_of",
        re.compile(
            rf"\b((?:Hospital|Clinic|Clínica|Hospital Universitario|Hospital General|Complejo Hospitalario|Centro de Salud|University Hospital|Medical Center|Centre Hospitalier|Klinikum|Ospedale)[ \t]+(?:of[ \t]+|de[ \t]+|del[ \t]+|la[ \t]+|San[ \t]+|Santa[ \t]+|Virgen[ \t]+|de la[ \t]+)*{CAPW}(?:[ \t]+(?:de[ \t]+|del[ \t]+|la[ \t]+)?{CAPW}){{0,3}})"
        ),
        "FACILITY",
        1,
    ),
    (
        "facility_label",
        re.compile(
            r"(?m)(?:^|\b)(?i:Facility|Hospital|Institution|Practice|Clinic|Organization|Employer|Company|School|Nursing home|Transferred from|Admitted to|Care site)[ \t]*:[ \t]*([A-Z0-9][^\n;]{2,59}?)(?=[ \t]*(?:\n|;|$|\.[ \t]|,[ \t]+\d))"
        ),
        "FACILITY",
        1,
    ),
]

# names with context ------------------------------------------------------------------------
NAME_RULES: list[Rule] = [
    (
        "titled",
        re.compile(
            rf"\b(?:{TITLE_RE})\.?[ \t]+((?:{PARTICLE}[ \t])?(?:{NAMETOK})(?:[ \t]+(?:{PARTICLE}[ \t]+)?(?:{NAMETOK})){{0,3}})"
        ),
        "NAME",
        1,
    ),
    ("titled_lower", re.compile(r"\b(?:dr|mr|mrs|ms|prof)\.?[ \t]+([a-z][a-z'’\-]{1,})\b"), "NAME", 1),
    (
        "name_label",
        re.compile(
            rf"(?:^|\b)(?i:patient(?:['’]s)?(?:[ \t]+(?:full[ \t]+)?name)?|pt(?:[ \t]+name)?|name|full name|patient name|attending(?:[ \t]+(?:physician|doctor|md))?|physician|provider|pcp|primary care(?:[ \t]+(?:physician|provider|doctor))?|referring(?:[ \t]+(?:physician|provider|doctor|md))?|surgeon|assistant|co-?surgeon|anesthesiologist|anaesthetist|anesthesia|resident|fellow|intern|nurse|rn|np|case manager|social worker|therapist|pharmacist|dictated by|dictating physician|transcribed by|transcriptionist|signed by|electronically signed by|e-?signed by|cosigned by|co-signed by|authenticated by|author|cc|copy to|copies to|emergency contact|contact person|contact|next of kin|nok|guardian|legal guardian|guarantor|spouse|husband|wife|mother|father|parent|caregiver|interpreter|witness|consultant|consulting(?:[ \t]+physician)?|admitting(?:[ \t]+physician)?|discharging(?:[ \t]+physician)?|ordering(?:[ \t]+(?:physician|provider))?|reviewed by|verified by|seen by|performed by|read by|reported by|prepared by|requested by|approved by|radiologist|pathologist|cardiologist|oncologist|technician|technologist|midwife|sonographer|proxy|health care proxy|poa|beneficiary|insured|subscriber|policy holder|policyholder|mother's name|father's name|maiden name|alias|aka)(?:[ \t]*(?::|-|#|=)|(?<=by))[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?({NAME_SEQ})",
            M,
        ),
        "NAME",
        1,
    ),
    ("credentialed", re.compile(rf"({NAME_SEQ_NOCOMMA}),?[ \t]+(?:{CRED_RE})(?![\w])"), "NAME", 1),
    (
        "relation",
        re.compile(
            rf"\b(?:wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|niece|nephew|aunt|uncle|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|cousin|neighbou?r|caregiver|boyfriend|girlfriend|fianc[ée]e?|stepmother|stepfather|stepson|stepdaughter|roommate|landlord|employer|colleague|coworker|sibling|child|guardian|mom|dad|twin)(?:['’]s)?[ \t]*,?[ \t]+(?:(?:named|called|is|was)[ \t]+)?({CAPW}(?:[ \t]+(?:{INITIAL}|{CAPW})){{0,2}})"
        ),
        "NAME",
        1,
    ),
    (
        "spoke_with",
        re.compile(
            rf"\b(?i:(?:spoke|speaking|talked|discussed|met|consulted|conferred|d/w|c/w)(?:[ \t]+[a-z]+){{0,3}}?[ \t]+(?:with|to)|(?:called|phoned|contacted|informed|notified|paged|visited)|(?:accompanied|seen|evaluated|examined|operated|signed|dictated|reviewed|cosigned|attended|interviewed|reported)[ \t]+by)[ \t]+((?:{CAPW})[ \t]+(?:{INITIAL}[ \t]+)?(?:{CAPW}))(?![ \t]+(?:{'|'.join(['disease', 'syndrome', 'Hospital', 'Clinic', 'Center', 'Medical', 'University', 'Department', 'Unit', 'Service'])}))"
        ),
        "NAME",
        1,
    ),
    (
        "relation_after",
        re.compile(
            rf"((?:{CAPW})(?:[ \t](?:{PARTICLE}[ \t])*(?:{INITIAL}|{CAPW})){{1,3}}),?[ \t]+\((?i:wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|niece|nephew|aunt|uncle|grandson|granddaughter|grandmother|grandfather|cousin|neighbou?r|caregiver|guardian|sibling|child|parent|proxy|pharmacist|nurse|friend)\)"
        ),
        "NAME",
        1,
    ),
    (
        "name_is",
        re.compile(
            rf"\b(?i:(?:my|his|her|their|the patient's|patient's)[ \t]+(?:full[ \t]+|maiden[ \t]+|first[ \t]+|last[ \t]+)?name[ \t]+is|name's|calls?[ \t]+me|call[ \t]+him|call[ \t]+her|named|known[ \t]+as|this[ \t]+is|I[ \t]+am|I'm|[Ii]t's|goes[ \t]+by|remove[ \t]+my[ \t]+\w+|signed,?)[ \t]+((?:{NAMETOK})(?:[ \t](?:{PARTICLE}[ \t])?(?:{NAMETOK})){{0,3}})"
        ),
        "NAME",
        1,
    ),
    ("signature_line", re.compile(rf"(?m)^[ \t]*(?:-{{1,3}}|/s/)[ \t]*({NAME_SEQ})[ \t]*$"), "NAME", 1),
    (
        "pt_name_verb",
        re.compile(
            rf"(?m)(?:^|(?<=[.:;]\s))((?:{CAPW})[ \t]+(?:{INITIAL}[ \t]+)?(?:{CAPW}))(?:,[ \t]+(?:a|an|aged?)[ \t]|[ \t]+(?:is|was|has|had|presented|presents|reports|reported|denies|complains|returned|arrived|came|underwent|received|states|stated|remains|tolerated|continues|agreed|declined|consented|lives|works)\b)"
        ),
        "NAME",
        1,
    ),
]


# Cheap anchors for the costly rules: the full rule only runs in a window around each hit.
# rule name -> (anchor regex, chars before, chars after)
_FAC_NOUN = r"(?:Hospital|Clinic|Cent(?:er|re)|Infirmary|Sanatorium|Hospice|Home|Facility|System|Health(?:care)?|Care|Group|Institute|Pharmacy|Laborator|Associates|Polyclinic|Physicians|Imaging|Radiology|Practice|Klinikum|Ospedale|Complejo|Centro|Clínica)"
ANCHORS: dict[str, tuple[re.Pattern, int, int]] = {
    "name_label": (
        re.compile(rf"[:#=\-y][ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?(?:{PARTICLE}[ \t])?[{UP}]"),
        60,
        90,
    ),
    "relation_after": (
        re.compile(
            r"\((?i:wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|niece|nephew|aunt|uncle|grand|cousin|neighb|caregiver|guardian|sibling|child|parent|proxy|pharmacist|nurse)"
        ),
        90,
        30,
    ),
    "city_state_zip": (re.compile(r"\d{5}"), 80, 12),
    "date_num": (re.compile(r"\d{1,4}(?:[-/.]\d|[-/ ][A-Za-z]{3}|(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Z])"), 12, 40),
    "ipv4": (re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d"), 2, 16),
    "ipv6": (re.compile(r"[0-9A-Fa-f]{1,4}::?[0-9A-Fa-f]{0,4}:"), 45, 45),
    "ssn": (re.compile(r"\d{3}[- ]\d{2}[- ]\d{4}"), 2, 2),
    "phone": (re.compile(r"\d{3}[ \t.\-]\d{4}(?!\d)"), 25, 20),
    "phone_intl": (re.compile(r"\+\d"), 1, 30),
    "phone_uk": (re.compile(r"\d{3,4}[ \t]?\d{3,4}(?!\d)"), 20, 14),
    "phone_bare": (re.compile(r"\d{10}"), 2, 3),
    "long_number": (re.compile(r"\d{7}"), 8, 40),
    "alnum_id": (re.compile(r"[A-Z]-?\d{5}"), 8, 40),
    "dashed_id": (re.compile(r"\d{2}-\d{3}"), 8, 30),
    "vin": (re.compile(r"[A-HJ-NPR-Z0-9]{17}"), 1, 1),
    "mac": (re.compile(r"[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:"), 1, 20),
    "age_90": (re.compile(r"(?:9|1[0-4])\d(?![\d.])"), 2, 30),
    "age_90_yo": (re.compile(r"(?:9|1[0-4])\d(?![\d.])"), 2, 10),
    "city_comma_state": (re.compile(r",[ \t]*[A-Z]"), 45, 25),
    "zip_after_state": (re.compile(r"[A-Z]{2}[ \t,]+\d{5}"), 1, 12),
    "domain": (
        re.compile(r"\.(?i:com|org|net|edu|gov|info|biz|io|co|us|uk|health|care|me|ly|mil|int)(?![A-Za-z])"),
        80,
        80,
    ),
    "email": (re.compile(r"@"), 70, 80),
    "street_eu2": (
        re.compile(
            r"(?:stra(?:ss|ß)e|weg|gasse|platz|allee|laan|straat|gatan|vägen|veien|gade|vej|katu|tie|utca|ulica)[ \t]+\d"
        ),
        70,
        12,
    ),
    "uk_postcode": (re.compile(r"\d[A-Z]{2}\b"), 6, 1),
    "street_num_eu": (re.compile(r"\d{2,6}[ \t]+[A-Zu]"), 1, 70),
    "phone_eu": (re.compile(r"\(\d{2,4}\)|0\d{2,4}[ \t]\d"), 1, 25),
    "phone_pairs": (re.compile(r"\d{2}[- \t]\d{2,3}[- \t]\d{2,3}|0\d{3}-\d"), 2, 16),
    "zip_line": (re.compile(r"[ \t]\d{4,6}(?:-\d{3,4})?[ \t]*(?:\n|$)"), 40, 2),
}
_FAC_WORDS = "hospital hospitals clinic clinics clínica center centre centro infirmary sanatorium hospice home facility system healthcare health care group institute pharmacy laboratory laboratories associates polyclinic physicians imaging radiology practice klinikum ospedale complejo universitario"


def _kw(words: str, after: int, before: int = 2) -> tuple[frozenset, int, int]:
    return frozenset(words.split()), before, after


MONTH_WORDS = " ".join(m.lower() for m in MONTHS) + " jan feb mar apr jun jul aug sep sept oct nov dec"
# Keyword gates: the rule only runs in windows around these words (matched lower-cased; for
# the rules in CASED_GATES only capitalised occurrences count).
CASED_GATES = frozenset({"facility", "facility_of", "street"})
KEYWORDS: dict[str, tuple[frozenset, int, int]] = {
    "ssn_label": _kw("ssn ss social", 45),
    "phone_label": _kw("phone tel telephone cell mobile pager beeper fax facsimile contact call", 50),
    "mrn": _kw("mrn mr med medical record records chart hospital patient pt unit case empi upi nhs", 60),
    "account": _kw("account acct billing encounter visit fin csn invoice claim credit card iban bank routing", 60),
    "health_plan": _kw(
        "member subscriber policy insurance insured group plan beneficiary medicare medicaid mbi hicn health coverage payer",
        60,
    ),
    "license": _kw(
        "license licence lic dea npi driver driver's drivers dl certificate cert registration passport badge employee state",
        60,
    ),
    "vehicle": _kw("license licence plate tag vin vehicle", 60),
    "device": _kw("serial s sn device udi lot model implant imei mac", 60),
    "id_label": _kw("id identifier ref reference accession specimen sample order requisition ticket", 50),
    "date_label": _kw(
        "dob d dos date birth birthdate born admission discharge admit admitted discharged service visit dod deceased",
        60,
    ),
    "date_md": _kw("on since from until till dated date as through thru starting effective dob dos d", 20),
    "month_alone": _kw(MONTH_WORDS, 14, 12),
    "date_month": _kw(MONTH_WORDS, 40, 30),
    "age_90_label": _kw("age aged ages", 20),
    "zip_label": _kw("zip postal postcode post", 30),
    "city_label": _kw("city town county municipality place birthplace hometown country", 60),
    "lives_in": _kw(
        "lives living resides residing resident moved relocated born raised travel traveled travelled returned transferred referred came coming visiting vacation vacationing home native grew flew flown arrived originally trip located based stationed",
        90,
    ),
    "facility_label": _kw(
        "facility hospital institution practice clinic location site organization employer company school nursing", 80
    ),
    "address_label": _kw("address addr residence home street lives resides residing", 90),
    "spoke_with": _kw(
        "spoke speaking talked discussed met consulted conferred d c called phoned contacted informed notified paged visited accompanied seen evaluated examined operated signed dictated reviewed cosigned attended interviewed reported",
        90,
    ),
    "relation": _kw(
        "wife husband son daughter mother father brother sister spouse partner friend niece nephew aunt uncle grandson granddaughter grandmother grandfather grandma grandpa cousin neighbor neighbour caregiver boyfriend girlfriend fiance fiancee fiancé fiancée stepmother stepfather stepson stepdaughter roommate landlord employer colleague coworker sibling child guardian mom dad twin",
        60,
    ),
    "holiday": _kw(
        "christmas new thanksgiving easter independence halloween memorial labor valentine valentine's valentines", 25
    ),
    "age_90_words": _kw("ninety one", 30),
    "age_90_nineties": _kw("in nonagenarian centenarian", 40),
    "titled": _kw("dr mr mrs ms miss mx prof doctor sr sra dra mister madam rev", 70),
    "titled_lower": _kw("dr mr mrs ms prof", 40),
    "pobox": _kw("p po post", 30),
    "name_is": _kw("name name's call calls named known this i i'm it's goes remove signed", 60),
    "military": _kw("unit psc usns uss usnv uscgc", 50),
    "unit_only": _kw("apt apartment suite ste", 12),
    "after_apt": _kw("apt suite ste unit", 60),
    "street_eu": _kw("calle c avenida avda av paseo plaza rue via viale rua carrer travessera", 80),
    "url": _kw("http https ftp www", 200),
    "street": _kw(STREET_SUFFIX.lower().replace("|", " "), 50, 110),
    "street_apt": _kw("apt apartment suite ste unit", 20, 110),
    "facility": _kw(_FAC_WORDS, 70, 130),
    "facility_of": _kw(_FAC_WORDS, 130, 5),
    "credentialed": _kw(" ".join(c.lower().replace(".", " ") for c in CREDENTIALS), 12, 90),
    "pt_name_verb": _kw(
        "is was has had presented presents reports reported denies complains returned arrived came underwent received states stated remains tolerated continues agreed declined consented lives works",
        3,
        70,
    ),
}
