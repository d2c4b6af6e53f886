"""Building blocks of the de-identification patterns (names, places, dates, labelled IDs).

The rules themselves are `Rule` objects in `medcode.deid.rules`. Every block here is safe to
interpolate into a re.VERBOSE pattern: no bare space or "#" outside a character class.
"""

from __future__ import annotations

import re

from medcode.deid.lexicon import CREDENTIALS, MONTH_ABBR, MONTHS, TITLES


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
NAME_SUFFIX = r"(?:Jr\.?|Sr\.?|II|III|IV|jr\.?|sr\.?|iii|iv)"  # a generational suffix: "Jr.", "III"
DOTTED_INITIALS = rf"(?:[{UP}]\.(?:[ \t]?[{UP}]\.){{1,2}})"  # "K.R.", "S. C." before a surname
PARTICLE = r"(?:van|von|de|del|della|der|den|da|di|do|du|la|le|dos|das|bin|al|el|ter|ten)"
# Family and care roles, the context that makes the word beside them a person's name
KIN = (
    r"wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|niece|nephew|aunt|uncle"
    r"|grandson|granddaughter|grandmother|grandfather|cousin|neighbou?r|caregiver|guardian"
)
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
        rf"{DAY}[/.\-]{MON}[/.\-]{YEAR}(?![\d/])",  # day first, as written outside the US: 25.01.2022
        rf"{DAY}[-/ ](?:{MONABBR_RE})[a-z]*\.?[-/ ,]+{YEAR}(?!\d)",
        rf"(?:the[ \t]+)?{DAY}{ORD}?[ \t]+(?:of[ \t]+)?{MONTH_ANY}(?:,?[ \t]+{YEAR4})?",
        rf"(?:{MONABBR_RE})[-/.]{DAY}[-/.]{YEAR4}(?!\d)",  # Mar-04-2026
    ]
)
DATE_MONTH = "|".join(
    [
        rf"{MONTH_ANY}[ \t]+{DAY}{ORD}?(?:,?[ \t]+(?:of[ \t]+)?{YEAR4})?(?![\d:])",
        rf"{MONTH_ANY}[ \t]+(?:of[ \t]+)?{YEAR4}",
        rf"(?:the[ \t]+)?{DAY}{ORD}?[ \t]+(?:of[ \t]+)?{MONTH_ANY}(?:,?[ \t]+{YEAR4})?",
    ]
)

# code strings a label can stand before that are not identifiers: an ICD-10 code with its dot
# ("G20.A1", "S52.521A"), a CPT code's five characters ("99284", "0359T") and a HCPCS code
ICD10_CODE = r"[A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}"
CPT_CODE = r"\d{4}[0-9FTU]"
HCPCS_CODE = r"[A-V]\d{4}"  # HCPCS Level II: "G0283", "E1390", "K0001"

# a labelled identifier: "<label> [#|no.|number] [:#=-] <value with a digit>"
# ("|": a table's cell; "is", "was": a label in a sentence, "her ID was B26-62778")
LABEL_SEP = r"[ \t]*(?:\#|no\.?|number|num\.?|nbr)?[ \t]*[:#=\-|]?[ \t]*(?:(?:is|was)[ \t]+)?"
ID_VALUE = r"((?=[A-Za-z0-9\-/.]*\d)[A-Za-z0-9][A-Za-z0-9\-/.]{2,}[A-Za-z0-9])"


# where a code string ends: "99284." ends a sentence, "99284.5" or "G20.A1-3" go on
CODE_ENDS = r"(?![\w\-/]|\.\w)"


def labelled(labels: str, bare: str = "", bare_not: str = "", value_not: str = "") -> str:
    """`labels` (an alternation) followed by a separator and an identifier (group 1). `bare`: a
    label that precedes an identifier only when its value is none of the code shapes `bare_not`
    ("Billing: 99284" is the service billed, "Billing ID: 99284" an account); `value_not`: code
    shapes that no label's value is ("Reason for visit: G20.A1")."""
    head = rf"(?:{labels})(?![a-z]){LABEL_SEP}"
    if bare:
        head = rf"(?:{head}|(?:{bare})(?![a-z]){LABEL_SEP}(?!(?:{bare_not}){CODE_ENDS}))"
    guard = rf"(?!(?:{value_not}){CODE_ENDS})" if value_not else ""
    return rf"\b{head}{guard}{ID_VALUE}"


# the fifty states and their postal codes: a place no smaller than a state, which Safe Harbor lets stay
US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
    "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|"
    "IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|"
    "WI|WY"
)
