"""Ages over 89 (Safe Harbor keeps younger ages)."""

from __future__ import annotations

import re

from medcode.deid.rule import Anchor, Rule, keywords

_AGE = r"(9\d|1[0-4]\d)"  # 90-149
# what follows an age that is really a measurement ("95 kg", "93 percent", "92 beats"), and how far
# past the number a rule's window must reach for that test to see it
_NOT_MEASURE = r"(?![\d.%/°]|[ \t]*(?:%|mg|kg|lb|bpm|mm|cm|beats|percent|degrees|over))"
_GUARD_CHARS = 12
_AGE_AT = r"(?:9|1[0-4])\d(?![\d.])"  # where an age of 90-149 may stand: the rules' anchor
# who an age is said of ("my mom she is 93", "who is ninety-one"), in any case
_SUBJECT = (
    r"(?i:he|she|they|who|patient|pt|mom|mother|dad|father|husband|wife|grandma|grandpa|grandmother|grandfather"
    r"|aunt|uncle)"
)
# the units of an age in words: "ninety-two", "one hundred and two"
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"

RULES: tuple[Rule, ...] = (
    Rule(
        "age_90",
        "AGE",
        rf"""
        (?<![\d.]){_AGE}
        (?=[ \t\-]*(?:-|\s)?(?:years?|yrs?|yo\b|y/o|y\.o\.|year-old|yr-old|-year|-yr|years-old|-years|months?-old
        |(?:-|\s)year))
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=Anchor(_AGE_AT, 2, 30),
        examples=(("A 93-year-old woman presented.", "93"), ("At 102 years of age she remains independent.", "102")),
    ),
    Rule(
        "age_90_label",
        "AGE",
        # also a record's field ("<age>91</age>", '"age": 93'); a sentence may end after the age
        rf"\b(?:age[ds]?|aged|Age:|age of|AGE)[ \t:>\"=]*(?:is[ \t]+|of[ \t]+)?{_AGE}(?!\d|\.\d)",
        re.I,
        group=1,
        strong=True,
        gate=keywords("age aged ages", 20),
        examples=(
            ("The patient, age 91, lives alone.", "91"),
            ("after a long illness at the age of 101. We thank you", "101"),
            ("<dob>11/14/1930</dob>\n<age>94</age>", "94"),
        ),
    ),
    Rule(
        "age_90_is",
        "AGE",
        rf"""
        \b{_SUBJECT}
        [ \t]+(?i:is|was|turned|turns|just\ turned)[ \t]+{_AGE}{_NOT_MEASURE}
        """,
        re.X,
        group=1,
        # the window runs past the number far enough for the guard to see "kg", "percent"
        gate=Anchor(_AGE_AT, 40, _GUARD_CHARS),
        examples=(("call me back re my mom she is 93 and confused", "93"),),
    ),
    Rule(
        "age_90_reached",
        "AGE",
        rf"""
        \b(?i:just\ turned|turned|turns|will\ be|lived\ to|lived\ until|died\ at|passed\ away\ at)[ \t]+
        {_AGE}{_NOT_MEASURE}   # "my dad khalil hamidi just turned 92", "they lived to 96": no subject needed
        """,
        re.X,
        group=1,
        gate=Anchor(_AGE_AT, 40, _GUARD_CHARS),
        examples=(
            ("my dad khalil hamidi just turned 92 hospice starts monday", "92"),
            ("my father had it and they lived to 96  insurance is Aetna", "96"),
        ),
    ),
    Rule(
        "age_90_yo",
        "AGE",
        rf"(?<![\d.]){_AGE}[ \t]*(?:yo|y/o|y\.o\.|yr|yrs|y)\b",
        re.I,
        group=1,
        gate=Anchor(_AGE_AT, 2, 10),
        examples=(("A 95 yo man with dyspnea.", "95"),),
    ),
    Rule(
        "age_90_nineties",
        "AGE",
        r"""
        \bin\ (?:her|his|their)\ ((?:early\ |mid\ |mid-|late\ )?(?:nineties|90s|hundreds))\b
        | \b(nonagenarian|centenarian)\b
        """,
        re.I | re.X,
        gate=keywords("in nonagenarian centenarian", 40),
        examples=(("A nonagenarian with falls.", "nonagenarian"),),
    ),
    Rule(
        "age_90_words",
        "AGE",
        rf"\b((?:ninety|one hundred)(?:[\- ]{_UNIT_WORD})?)(?=[\- ]years?)",
        re.I,
        group=1,
        gate=keywords("ninety one", 30),
        examples=(("She is ninety-two years old.", "ninety-two"),),
    ),
    Rule(
        "age_90_words_is",
        "AGE",
        # in words after who it is: "my mother ..., who is ninety-one and lives at", "she is one hundred and two"
        rf"""
        \b{_SUBJECT}[ \t]+(?i:is|was|turned|turns|just\ turned|will\ be)[ \t]+
        ((?i:ninety|one\ hundred)(?:[\-\ ](?i:and\ )?(?i:{_UNIT_WORD}))?)\b
        """,
        re.X,
        group=1,
        strong=True,
        gate=keywords("ninety hundred", 16, before=40),
        examples=(
            ("for my uncle Prayut Sriwong (DOB 01/11/1933), who is ninety-one and lives at", "ninety-one"),
            ("my mother (DOB December 26, 1922), who is one hundred and two and lives", "one hundred and two"),
        ),
    ),
    Rule(
        "age_90_words_label",
        "AGE",
        # in words after an age's label: "Age: ninety-nine", "at the age of ninety-six"
        rf"""
        \b(?:age[ds]?|aged|age\ of)[ \t:>\"=]*(?:is[ \t]+|of[ \t]+)?
        ((?:ninety|one\ hundred)(?:[\-\ ]{_UNIT_WORD})?)\b
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("age aged ages", 30),
        examples=(
            ("Decedent: X\nAge: ninety-nine   Sex: M", "ninety-nine"),
            ("at the age of ninety-six.", "ninety-six"),
        ),
    ),
)
