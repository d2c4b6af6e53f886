"""Street addresses, ZIP and postal codes, cities and other places smaller than a state."""

from __future__ import annotations

import re

from medcode.deid.patterns import ALLCAPSW, CAPW, CITY, LO, PARTICLE, STREET_SUFFIX, UP, US_STATES
from medcode.deid.rule import Also, Anchor, Rule, keywords

_STATE_CODE = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|"
    r"V[AIT]|W[AIVY])"
)
_UNIT = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|\#|Floor|Fl\.?|Room|Rm\.?|Bldg\.?|Building|Lot|Space|Trailer|Trlr\.?)"

# A line that ends in a ZIP or postal code ("Springfield 62704"): where the ZIP-line rules run
_ZIP_LINE_END = r"[ \t]\d{4,6}(?:-\d{3,4})?[ \t]*(?:\n|$)"
# a line that lists a code is no "City 12345" line: "Dx 32551", "CPT 90868"
_CODE_LINE_LABEL = r"(?:Dx|DX|CPT|HCPCS|ICD|Codes?|CODES?|Billed|BILLED|Proc|PROC)"

# Words in capitals that end a place name in a note in capitals ("IN THUN AND WORKS PART TIME")
_CAPS_CONNECTOR = r"(?:AND|OR|FOR|WITH|WHO|WHICH|BUT|THE|TO|IN|ON|AT|OF|FROM|SINCE|UNTIL|WHERE|WHEN|WAS|IS|HAS|SHE|HE)"

# A street named without its house number ("on Larbaa Rd", "dispatched to Aïn Avenue"): the
# everyday suffixes only, not Faker's long list ("Common", "Station", "View"); "Dr" and "St" not
# before a capitalised word, where they are titles ("to Khan Dr Patel", "St Mary's")
_BARE_SUFFIX = (
    r"(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Ct|Place|Pl|Terrace|Trail|Loop|Way|Circle|Cir"
    r"|Parkway|Pkwy|Highway|Hwy|Pike|Turnpike|(?:Dr|St)(?!\.?[ \t]+(?-i:[A-Z][a-z])))"
)
# words that are not part of such a street's name: where it begins, and what joins clauses
_NOT_STREET_WORD = r"(?:the|a|an|my|our|your|his|her|their|this|that|on|onto|to|near|off|along|at|in|of|for|and|or|by|with|from|is|was)"
_BARE_SUFFIX_WORDS = (
    "street avenue ave road rd boulevard blvd lane ln drive court ct place pl terrace trail loop way circle cir "
    "parkway pkwy highway hwy pike turnpike dr st"
)
_STREET_WORD = rf"(?!{_NOT_STREET_WORD}[ \t])(?:\d{{1,3}}(?:st|nd|rd|th)|[{UP}{LO}][{UP}{LO}'’\-]*)"
# a street's name and everyday suffix, with an optional direction: "NW Shehu Drive", "old auma ave"
_BARE_STREET = (
    rf"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Old)\.?[ \t]+)?"
    rf"{_STREET_WORD}(?:[ \t]+{_STREET_WORD}){{0,2}}[ \t]+{_BARE_SUFFIX}\.?"
)

# A word of a street name; its dot only mid-phrase ("Str. and"), never a sentence's full stop
_WORD_REST = r"[\w'’-]*(?:\.(?=[ \t]+\S))?"
_WORD = rf"[\w'’-]{_WORD_REST}"
# one of two crossing streets: its name (one to three capitalised words) and suffix
_CROSS_STREET = rf"{CAPW}(?:[ \t]+{CAPW}){{0,2}}[ \t]+(?:{STREET_SUFFIX})\.?"

RULES: tuple[Rule, ...] = (
    Rule(
        "street",
        "ADDRESS",
        rf"""
        (?<![\w\-])(?<!\d:)                                                    # not a clock's minutes
        (   (?:\d{{1,3}}-\d{{1,5}}|\d{{1,6}}[A-Z]?|One|Two)[ \t]+                   # house number ("54-1293": Hawaii, Queens)
            (?!(?i:am|pm)\b)                                                   # "8 AM  Jackson Heights ..."
            (?:[NSEW]\.?[ \t]+|North[ \t]+|South[ \t]+|East[ \t]+|West[ \t]+)?  # direction
            (?:(?:\d{{1,3}}(?:st|nd|rd|th)|{CAPW}|[A-Z]{{2,}})[ \t]+){{1,4}}   # street name
            (?:{STREET_SUFFIX})\.?                                            # Street, Ave., ...
            (?:,?[ \t]+{_UNIT}[ \t]*\#?[ \t]*[\w\-]+)?                        # Apt 4B
        )(?![\w])
        (?:,?[ \t]+in[ \t]+({CITY}))?                                         # "... in Springfield"
        """,
        re.X,
        group=1,
        strong=True,
        gate=keywords(STREET_SUFFIX.lower().replace("|", " "), 50, 110, cased=True),
        also=(Also(2, "LOCATION", "street_city", proper="place"),),
        examples=(
            ("Address: 123 Main Street, Springfield, IL 62704", "123 Main Street"),
            ("Home: 54-1293 Keaau Pl, Kaneohe 96704; tel 1-808-376-1917", "54-1293 Keaau Pl"),
        ),
    ),
    Rule(
        "street_named",
        "ADDRESS",
        rf"""
        (?i:(?<![\w'’-])(?:on|onto|to|near|off|along|at)[ \t]+
        ({_BARE_STREET})
        (?![\w'’-]))
        """,
        re.X,
        group=1,
        proper="street",
        gate=keywords(_BARE_SUFFIX_WORDS, 6, 60),
        examples=(
            ("transfer my prescriptions to the pharmacy on Larbaa Rd, the old one closed", "Larbaa Rd"),
            ("a rear-end collision on NW Shehu Drive in Blanc at about 4", "NW Shehu Drive"),
            ("LIVES ALONE IN AN APARTMENT ON OLD PAMBE LOOP; DAUGHTER VISITS", "OLD PAMBE LOOP"),
            ("moved to the one on old auma ave last year", "old auma ave"),
        ),
    ),
    Rule(
        "street_any_case",
        "ADDRESS",
        rf"""
        (?i:(?<![\w\-.,/])
        (\d{{1,6}}[a-z]?[ \t]+{_BARE_STREET}
         (?:,?[ \t]+{_UNIT}[ \t]*\#?[ \t]*[\w\-]+)?)
        (?![\w'’-]))
        """,
        re.X,
        group=1,
        proper="street",
        gate=keywords(_BARE_SUFFIX_WORDS, 24, 70),
        examples=(
            ("i updated my address to 745 old sedrata pl, guemar, nv", "745 old sedrata pl"),
            ("staying at my dad's place 28 old asadov st apt 386, bordj", "28 old asadov st apt 386"),
        ),
    ),
    Rule(
        "street_apt",
        "ADDRESS",
        rf"(?<![\w\-])(\d{{1,6}}[ \t]+(?:{CAPW}[ \t]+){{1,4}}(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|\#)[ \t]*\#?[ \t]*[\w\-]+)",
        re.X,
        group=1,
        gate=keywords("apt apartment suite ste unit", 20, 110),
        examples=(("Lives at 42 Larkin Apt 3 alone.", "42 Larkin Apt 3"),),
    ),
    Rule(
        # a grid address, as Utah, Idaho and parts of Arizona and Wisconsin number their roads: the
        # house number, then the coordinates of the road ("3550 E 1500 W", "2950 W 7100 S Lot 50");
        # also a numbered route with its lot ("4597 Navajo Route 12 Lot 3")
        "street_grid",
        "ADDRESS",
        rf"""
        (?<![\w\-/.])
        (   \d{{1,6}}[ \t]+[NSEW]\.?[ \t]+\d{{1,5}}[ \t]+[NSEW]\.?
            (?:,?[ \t]+{_UNIT}[ \t]*\#?[ \t]*[\w\-]+)?
        |   \d{{1,6}}[ \t]+(?:{CAPW}[ \t]+){{0,2}}(?:Route|Rte\.?|Highway|Hwy\.?|County\ Road|CR)[ \t]+\d{{1,4}}[A-Z]?
            (?:,?[ \t]+{_UNIT}[ \t]*\#?[ \t]*[\w\-]+)?
        )(?![\w])
        """,
        re.X,
        group=1,
        strong=True,
        gate=Anchor(
            r"\d[ \t]+(?:[NSEW]\.?[ \t]+\d|(?:[A-Z][a-z]+[ \t]+){0,2}(?:Route|Rte|Highway|Hwy|County Road|CR)\b)", 4, 80
        ),
        examples=(
            ("Ship to:\t3550 E 1500 W Lot 50, West Valley City, UT 84109", "3550 E 1500 W Lot 50"),
            ("Hospice\n4597 Navajo Route 12 Lot 3\nSaint Paul, MN", "4597 Navajo Route 12 Lot 3"),
        ),
    ),
    Rule(
        "unit_only",
        "ADDRESS",
        r"(?<![\w])((?:Apt\.?|Apartment|Suite|Ste\.)[ \t]*#?[ \t]*\d{1,5}[A-Z]?)(?![\w])",
        group=1,
        gate=keywords("apt apartment suite ste", 12),
        examples=(("Moved to Suite 210 last week.", "Suite 210"),),
    ),
    Rule(
        "military",
        "ADDRESS",
        r"""
        \b((?:Unit|PSC|USNS|USS|USNV|USCGC)[ \t]+[\w]+(?:[ \t]+[\w]+)?(?:,?[ \t]+Box[ \t]+\d+)?
        \s{0,3}(?:[ADF]PO)[ \t]+A[AEP][ \t]+\d{5})\b   # APO AE 09012
        """,
        re.X,
        group=1,
        gate=keywords("unit psc usns uss usnv uscgc", 50),
        examples=(("Mail to PSC 1234, Box 5678 APO AE 09012 please.", "PSC 1234, Box 5678 APO AE 09012"),),
    ),
    Rule(
        "street_num_eu",
        "ADDRESS",
        rf"""
        (?<![\w.,/\-])
        (\d{{2,6}}[ \t]+(?:ul\.|{CAPW}|[{UP}][{LO}]+)(?:[ \t]+[{UP}{LO}'\-.]+){{0,3}}[ \t]+\d{{1,4}}[A-Za-z]?)
        (?![\w/.,%]|[ \t]*(?:mg|ml|mL|cm|mm|kg|g|h|days?|weeks?|months?|years?|%))   # not a dose or duration
        """,
        re.X,
        group=1,
        proper="name",
        gate=Anchor(r"\d{2,6}[ \t]+[A-Zu]", 1, 70),
        examples=(("Address: 00 ul. Wrzosowa 12 Gdansk", "00 ul. Wrzosowa 12"),),
    ),
    Rule(
        "street_eu",
        "ADDRESS",
        rf"""
        (?<![\w\-])
        ((?:Calle|C/|Avenida|Avda\.?|Av\.?|Paseo|Pasaje|Psje\.?|Plaza|Rue|Via|Viale|Rua|R\.|Carrer|Travessera|Travessa|Praça
            |Praca|Alameda|Largo|Estrada|Rodovia|Camino|Carrera|Ronda|Passeig|Piazza|Corso)[ \t]+
         (?:(?:de|del|dei|degli|della|delle|di|la|las|los|el|da|do|dos|das|des|du)[ \t]+)*+{CAPW}(?:[ \t]+{CAPW}){{0,3}}   # particles, a name
         ,?[ \t]*(?:(?:n\.?º?[ \t]*)?\d{{1,5}}[A-Za-z]?|S/N|s/n))   # house number, or "sin número"
        """,
        re.X,
        group=1,
        gate=Anchor(  # not keywords: their word test reads ASCII letters only ("Praça")
            r"(?:Calle|C/|Avenida|Avda\.?|Av\.?|Paseo|Pasaje|Psje\.?|Plaza|Rue|Via|Viale|Rua|R\.|Carrer|Travessera|Travessa|Pra[çc]a"
            r"|Alameda|Largo|Estrada|Rodovia|Camino|Carrera|Ronda|Passeig|Piazza|Corso)[ \t]",
            0,
            80,
        ),
        examples=(
            ("Vive en Calle de Alcalá 45, Madrid.", "Calle de Alcalá 45"),
            ("Laureys House Nursing Home\nAvda. Manuel Rodríguez 4\nBarcelos 69203", "Avda. Manuel Rodríguez 4"),
            ("Nkwakha Family Practice\nR. de Ferreira, 73\nSamaná 67366", "R. de Ferreira, 73"),
            ("UPMC\nTravessa das Nações, S/N\nHorw 60886", "Travessa das Nações, S/N"),
            ("please update my address to Av Diana Pires, 64, 94177.", "Av Diana Pires, 64"),
            ("Timotea lives on Via dei Fiorentini 17 street.", "Via dei Fiorentini 17"),
        ),
    ),
    Rule(
        "street_eu2",
        "ADDRESS",
        rf"""
        (?<![\w\-])
        ({CAPW}(?:[ \t]+{CAPW}){{0,2}}
         (?:strasse|straße|weg|gasse|platz|allee|laan|straat|gatan|vägen|veien|gade|vej|katu|tie|utca|ulica)
         [ \t]+\d{{1,5}}[a-zA-Z]?)
        """,
        re.X,
        group=1,
        gate=Anchor(
            r"(?:stra(?:ss|ß)e|weg|gasse|platz|allee|laan|straat|gatan|vägen|veien|gade|vej|katu|tie|utca|ulica)[ \t]+\d",
            70,
            12,
        ),
        examples=(("Wohnt in der Goethestraße 12 in Berlin.", "Goethestraße 12"),),
    ),
    Rule(
        "pobox",
        "ADDRESS",
        r"\b((?:P\.?[ \t]?O\.?|Post Office)[ \t]*Box[ \t]*\d+)",
        re.I,
        group=1,
        gate=keywords("p po post", 30),
        examples=(("Mail to P.O. Box 1234 only.", "P.O. Box 1234"),),
    ),
    Rule(
        # a rural route's box, the street line of a rural address ("RR 55 Box 4621", "HC 3 Box 12")
        "rural_route",
        "ADDRESS",
        r"\b((?:RR|R\.R\.|Rural[ \t]+Route|HC|Star[ \t]+Route)[ \t]*\d{1,4},?[ \t]+(?i:box)[ \t]*\d{1,6})(?!\w)",
        group=1,
        strong=True,
        gate=keywords("box", 18, before=30),
        examples=(("Street:RR 55 Box 4621\nCity/State/ZIP:Sekovici", "RR 55 Box 4621"),),
    ),
    Rule(
        # two streets that cross, named for where someone is ("parked near Kailali Ave and Parsa Rd",
        # "Doti Ave / Bardiya Blvd"): one place, one span; each must be a street by its suffix and
        # hold a word besides its direction and suffix
        "cross_streets",
        "ADDRESS",
        rf"""
        (?<![\w-])({_CROSS_STREET}[ \t]*(?:and|&|/|at)[ \t]*{_CROSS_STREET})(?![\w-])
        """,
        re.X,
        group=1,
        proper="street",
        gate=Anchor(rf"\b(?:{STREET_SUFFIX})\.?[ \t]*(?:and|&|/|at)[ \t]", 50, 50),
        examples=(
            ("sleeping in car, parked near Kailali Ave and Parsa Rd in Donghae.", "Kailali Ave and Parsa Rd"),
            ("parked near Doti Ave / Bardiya Blvd in Dullu", "Doti Ave / Bardiya Blvd"),
        ),
    ),
    Rule(
        "intersection",
        "ADDRESS",
        rf"""
        (?<![\w-])((?i:(?:the[ \t]+)?corner[ \t]+of)[ \t]+
        (?:[A-ZÀ-Þ0-9]{_WORD_REST}(?:[ \t]+{_WORD}){{0,4}}?                 # a street named in capitals
          |{_WORD}(?:[ \t]+{_WORD}){{0,3}}?[ \t]+\d{{1,5}}[A-Za-z]?\.?)       # or with its number
        [ \t]+(?:and|&)[ \t]+
        {_WORD}(?:[ \t]+{_WORD}){{0,3}}?)                                   # the other street
        (?=[ \t]*(?:[.,;:!?)]|\n|$)|[ \t]+(?:in|on|at|near|where|for|is|was|and|but)\b)
        """,
        re.X,
        group=1,
        gate=keywords("corner", 120, 4),
        examples=(
            (
                "It's on the corner of 35 Pentelis Str. and Waechter Turnpike.",
                "the corner of 35 Pentelis Str. and Waechter Turnpike",
            ),
            ("Meet me at the corner of Main and 5th Street in the morning.", "the corner of Main and 5th Street"),
            (
                "the corner of heiligengeistbrücke 77 and minik courts",
                "the corner of heiligengeistbrücke 77 and minik courts",
            ),
        ),
    ),
    Rule(
        "address_label",
        "ADDRESS",
        r"""
        \b(?:Address|Addr\.?|Residence|Home\ address|Street|Lives\ at|Resides\ at|Residing\ at)[ \t]*:?[ \t]*
        (\d[^\n;]{3,60}?)                                                  # the address, up to ...
        (?=[ \t]*(?:\n|;|$|\.[ \t]|,[ \t]*[A-Z][a-z]+,[ \t]*[A-Z]{2}\b))   # ... a line end or ", City, ST"
        """,
        re.I | re.X,
        group=1,
        gate=keywords("address addr residence home street lives resides residing", 90),
        examples=(("Address: 17 Birch Hollow Rd\nPhone: none", "17 Birch Hollow Rd"),),
    ),
    Rule(
        "city_state_zip",
        "LOCATION",
        rf"\b((?:{CAPW}[ \t]+){{0,3}}{CAPW}),[ \t]*(?:[A-Z]{{2}}|{CAPW}(?:[ \t]+{CAPW})?)[ \t]+(\d{{5}}(?:-\d{{4}})?)\b",
        group=1,
        proper="place",
        gate=Anchor(r"\d{5}", 80, 12),
        also=(Also(2, "ZIP", "city_state_zip", strong=True),),
        examples=(("Address: 123 Main Street, Springfield, IL 62704", "Springfield"),),
    ),
    Rule(
        # the town between a street line and its state and ZIP: "5364 Baker St, Falls Church, VA 22033".
        # There it is a town even when its words are common ones ("Falls Church", "Twin Falls")
        "city_after_street",
        "LOCATION",
        rf"(?:\b\d{{1,6}}[ \t]+[^\n,;]{{2,40}}?|\b(?i:P\.?[ \t]?O\.?[ \t]+Box)[ \t]+\d{{1,6}}),[ \t]*"
        rf"((?:{CAPW}[ \t]+){{0,3}}{CAPW}),[ \t]*{_STATE_CODE}[ \t]+\d{{5}}(?:-\d{{4}})?\b",
        group=1,
        strong=True,
        gate=Anchor(r"[A-Z]{2}[ \t]+\d{5}", 110, 12),
        examples=(
            ("Home: 5364 Baker St, Falls Church, VA 22033", "Falls Church"),
            ("Pickup: PO Box 1487, Twin Falls, ID 83301\nTo:", "Twin Falls"),
        ),
    ),
    Rule(
        # the same with the state left out, after a street line that says it is one (its suffix or a
        # PO box): "177 Lake Ave, Grand Island 68853-7560", "77-1373 Kalanianaole Hwy Apt 26A, Hilo 96718"
        "city_zip_after_street",
        "LOCATION",
        rf"(?:\b(?:\d{{1,3}}-)?\d{{1,6}}[ \t]+(?:[^\n,;]{{1,40}}?[ \t])?(?:{STREET_SUFFIX})\.?"
        rf"(?:[ \t]+{_UNIT}[ \t]*\#?[ \t]*[\w\-]+)?|\b(?i:P\.?[ \t]?O\.?[ \t]+Box)[ \t]+\d{{1,6}})(?:,[ \t]*|[ \t]+)"
        rf"((?:{CAPW}[ \t]+){{0,3}}{CAPW})[ \t]+(\d{{5}}(?:-\d{{4}})?)(?![\w\-])",
        group=1,
        strong=True,
        gate=Anchor(r"[a-z][ \t]+\d{5}\b", 110, 12),
        also=(Also(2, "ZIP", "city_zip_after_street", strong=True),),
        examples=(
            ("Home: 177 Lake Ave, Grand Island 68853-7560; tel (308)816-7683", "Grand Island"),
            ("Home: 77-1373 Kalanianaole Hwy Apt 26A, Hilo 96718; tel 808.549.1656", "Hilo"),
            ("also new address 8496 Maple Ave Hartford 06116\nSmileBot: Done!", "Hartford"),
        ),
    ),
    Rule(
        # the town that ends a street line with neither state nor ZIP, where the sentence ends: "picked
        # up at our intake door, 443 Oak Ridge Dr #175, Dearborn.", "Pick up at 5662 Cottonwood Ln,
        # Window Rock before 8:50 AM"
        "city_ends_street_line",
        "LOCATION",
        rf"\b(?:\d{{1,3}}-)?\d{{1,6}}[ \t]+(?:[^\n,;]{{1,40}}?[ \t])?(?:{STREET_SUFFIX})\.?"
        rf"(?:[ \t]+{_UNIT}[ \t]*\#?[ \t]*[\w\-]+|[ \t]+\#[ \t]*[\w\-]+)?,[ \t]*"
        rf"(?!{_UNIT}\b|{_STATE_CODE}\b)((?:{CAPW}[ \t]+){{0,2}}{CAPW})"
        rf"(?=[ \t]*(?:[.;)]|\n|\Z)|[ \t]+(?:before|after|until|by|and|on|at)\b)",
        group=1,
        strong=True,
        proper="place",  # "12 Main St, Daily." ends with a word, not a town
        # a house number before a capitalised word: rarer than a number before any word ("5 mg")
        gate=Anchor(r"\b\d{1,6}[ \t]+[A-Z][A-Za-z]", 2, 110),
        examples=(
            ("She can be picked up at our intake door, 443 Oak Ridge Dr #175, Dearborn.\n\nThanks", "Dearborn"),
            ("Pick up at 5662 Cottonwood Ln, Window Rock before 8:50 AM any weekday.", "Window Rock"),
        ),
    ),
    Rule(
        # the town after a facility's name where a line ends: "Location: Good Shepherd Regional
        # Hospital, Oxnard" (a department there is no town: "Mercy Clinic, Cardiology")
        "city_after_facility",
        "LOCATION",
        rf"\b(?:Hospital|Clinic|Cent(?:er|re)|Medical[ \t]+Group|Health[ \t]+Partners|Hospice|Institute|Infirmary),"
        rf"[ \t]+({CITY})(?:,[ \t]*{_STATE_CODE})?[ \t]*$",
        re.M,
        group=1,
        proper="place",
        gate=keywords("hospital clinic center centre group partners hospice institute infirmary", 40, cased=True),
        examples=(("Location: Good Shepherd Regional Hospital, Oxnard\n\nInfectious Disease.", "Oxnard"),),
    ),
    Rule(
        "zip_after_state",
        "ZIP",
        rf"\b{_STATE_CODE}[ \t,]+(\d{{5}}(?:-\d{{4}})?)\b",
        group=1,
        strong=True,
        gate=Anchor(r"[A-Z]{2}[ \t,]+\d{5}", 1, 12),
        examples=(("Springfield, IL 62704", "62704"),),
    ),
    Rule(
        "zip_label",
        "ZIP",
        r"""
        \b(?:ZIP|Zip\ code|Postal\ code|Postcode|ZIP\ code|Post\ code)[ \t]*:?[ \t]*(?:is[ \t]+)?
        (\d{5}(?:-\d{4})?                        # US
        | [A-Z]\d[A-Z][ \t]?\d[A-Z]\d            # Canada
        | [A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}   # UK
        | \d{4,5})\b
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("zip postal postcode post", 30),
        examples=(("Postal code: K1A 0B1", "K1A 0B1"),),
    ),
    Rule(
        "zip_line",
        "ZIP",
        rf"^[ \t>?]*(?!{_CODE_LINE_LABEL}[ \t])(?:[{UP}][{LO}]+|[{UP}]{{2,}}|[{UP}])"
        rf"(?:[ \t](?:[{UP}][{LO}]+|[{UP}]{{1,}}|nan)){{0,2}}"
        r"[ \t]+(\d{4,6}(?:-\d{3,4})?)[ \t]*$",
        re.M,
        group=1,
        gate=Anchor(_ZIP_LINE_END, 40, 2),
        examples=(
            ("Lives at:\nSpringfield 62704\nno phone", "62704"),
            ("STEINERSTRASSE 23\nCONSTITUCIÓN 39961", "39961"),
        ),
    ),
    Rule(
        "letterhead_street",
        "ADDRESS",
        rf"""
        ^[ \t]*((?=[^\n]{{0,60}}\d)[{UP}{LO}\d][^\n:;@]{{1,58}}?)[ \t]*\n   # a line with a number (house number)
        [ \t]*(?!{_CODE_LINE_LABEL}[ \t])                                  # not "Dx 36475": a code
        ((?:[{UP}][{UP}{LO}'’.\-]*)(?:[ \t]+(?:[{UP}][{UP}{LO}'’.\-]*|{PARTICLE}|am|an|bei|sur)){{0,3}})
        [ \t]+\d{{4,6}}(?:-\d{{3,4}})?[ \t]*$                             # above a "City 12345" line
        """,
        re.M | re.X,
        group=1,
        proper="name",
        gate=Anchor(_ZIP_LINE_END, 130, 2),
        also=(Also(2, "LOCATION", "letterhead_city", proper="place"),),
        examples=(
            ("Merz House Nursing Home\n72 Commissioner Indawo\nRegensdorf 16536\n", "72 Commissioner Indawo"),
            ("Gonzalez Family Practice\nAv Castro, 492\nSan Juan 68440", "Av Castro, 492"),
            ("HEALTH CENTRE\nSTEINERSTRASSE 23\nCONSTITUCIÓN 39961\n", "STEINERSTRASSE 23"),
        ),
    ),
    Rule(
        "uk_postcode",
        "ZIP",
        r"\b([A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})\b",
        group=1,
        gate=Anchor(r"\d[A-Z]{2}\b", 6, 1),
        examples=(("London SW1A 1AA, UK", "SW1A 1AA"),),
    ),
    Rule(
        "city_label",
        "LOCATION",
        rf"\b(?i:City|Town|County|Municipality|Place\ of\ birth|Birthplace|Hometown|Country\ of\ residence)[ \t]*:[ \t]*({CITY})",
        re.X,
        group=1,
        proper="place",
        gate=keywords("city town county municipality place birthplace hometown country", 60),
        examples=(("City: Kellerton\nState: IL", "Kellerton"),),
    ),
    Rule(
        "after_apt",
        "LOCATION",
        rf"""
        \b(?:Apt|Suite|Ste|Unit)\.?[ \t]*\#?[ \t]*\w+
        (?:,?[ \t]+(?:in[ \t]+)?|[ \t]*\n[ \t>?]*)           # same line or the next one
        ({CITY}|{ALLCAPSW}(?:[ \t\-]{ALLCAPSW}){{0,2}})
        """,
        re.X,
        group=1,
        proper="place",
        gate=keywords("apt suite ste unit", 60),
        examples=(("lives at 238 Robert Bridge Apt. 605 in Hillfurt.", "Hillfurt"),),
    ),
    Rule(
        "lives_in",
        "LOCATION",
        rf"""
        \b(?i:lives|living|resides|residing|resident|moved|relocated|born|raised|travel(?:l?ed)?|returned
        |transferred|referred|came|coming|visiting|vacation(?:ing)?|home|native|grew\ up|flew|flown|arrived
        |originally|trip|located|based|stationed)
        [ \t]+(?:\w+[ \t]+){{0,3}}(?i:in|to|from|at|of|near)[ \t]+(?:the[ \t]+)?   # "lives with her partner in"
        ({CITY}(?:,[ \t]*{CITY})?|{ALLCAPSW}(?:[ \t\-](?!{_CAPS_CONNECTOR}\b){ALLCAPSW}){{0,2}})   # not "THUN AND WORKS"
        """,
        re.X,
        group=1,
        proper="place",
        gate=keywords(
            "lives living resides residing resident moved relocated born raised travel traveled travelled returned "
            "transferred referred came coming visiting vacation vacationing home native grew flew flown arrived "
            "originally trip located based stationed",
            90,
        ),
        examples=(
            ("Born in Kellerton, she moved here in 1990.", "Kellerton"),
            ("Nyamu lives with her partner in Onex and works part time.", "Onex"),
            ("NYAMU LIVES WITH HER PARTNER IN THUN AND WORKS PART TIME.", "THUN"),
        ),
    ),
    Rule(
        "of_after_dob",
        "LOCATION",
        rf"""
        \b(?i:DOB|D\.O\.B\.?|date\ of\ birth)[ \t:]*[0-9A-Za-z./\- ]{{4,20}},[ \t]+of[ \t]+   # "Re: Name, DOB 1/2/1950, of"
        ({CITY})[ \t]*$
        """,
        re.X | re.M,
        group=1,
        proper="place",
        gate=keywords("dob d date", 60),
        examples=(("Re: Kiara Kumi, DOB 04.10.1949, of Alcácer do Sal\n\nThank you", "Alcácer do Sal"),),
    ),
    Rule(
        "city_comma_state",
        "LOCATION",
        rf"\b((?:[A-Z][a-z]+[ \t]){{0,2}}[A-Z][a-z]+),[ \t]*(?:{US_STATES})\b",
        group=1,
        proper="place",
        gate=Anchor(r",[ \t]*[A-Z]", 45, 25),
        examples=(("She grew up near Kellerton, Iowa before the war.", "Kellerton"),),
    ),
)
