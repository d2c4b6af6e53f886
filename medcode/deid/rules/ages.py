"""Ages over 89 (Safe Harbor keeps younger ages)."""

from __future__ import annotations

import re

from medcode.deid.rule import Anchor, Rule, keywords

_AGE = r"(9\d|1[0-4]\d)"  # 90-149
# what follows an age that is really a measurement ("95 kg", "93 percent", "92.5", "92 beats"; a
# full stop alone ends the sentence: "she is now 100."), and how far
# past the number a rule's window must reach for that test to see it
_NOT_MEASURE = r"(?![\d%/°]|\.\d|[ \t]*(?:%|mg|kg|lb|bpm|mm|cm|beats|percent|degrees|over))"
_GUARD_CHARS = 12
_AGE_AT = r"(?:9|1[0-4])\d(?!\d|\.\d)"  # where an age of 90-149 may stand: the rules' anchor
# who an age is said of ("my mom she is 93", "who is ninety-one"), in any case
_SUBJECT = (
    r"(?i:he|she|they|who|patient|pt|mom|mother|dad|father|husband|wife|grandma|grandpa|grandmother|grandfather"
    r"|aunt|uncle|caregiver|carer|guardian|spouse|partner|son|daughter|brother|sister|resident|client|tenant)"
)
# the units of an age in words: "ninety-two", "one hundred and two"
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_AGE_WORDS = rf"(?:ninety|one\ hundred)(?:[\-\ ](?:and\ )?{_UNIT_WORD})?"  # in re.VERBOSE or not
# an age of 90-149 in digits (not the whole of a decimal) or in words, in any case; also what a
# table's "Age" cell must hold to be PHI (`recognizers.TableRecognizer`)
AGE_DIGITS_OR_WORDS = rf"({_AGE}(?!\d|\.\d)|(?i:{_AGE_WORDS}))"
# what a person does, after an age in words: "is ninety-one and lives with us" (no verb a
# measurement could take: "pulse is ninety and is regular")
_PERSON_VERBS = r"lives|lived|uses|needs|walks|drives|cooks|dresses|takes|goes|wants|likes|sleeps|stays|prays|attends"
# the verbs of an age reached, which need no subject: "lived to 96", "just turned ninety-two"
_REACHED = r"(?i:just\ turned|turned|turns|will\ be|lived\ to|lived\ until|died\ at|passed\ away\ at)"
# a subject and, before its verb, up to two words of its name: "my dad Vikram is", "MY DAD VIKRAM IS"
_NAMED = r"(?:[ \t]+[A-Z][A-Za-z'\-]{1,20}){0,2}"
# what an age follows when it closes a relative's mention: "Grandmother, ninety-one, lives",
# "mother living, 92."
_KIN_AGE = (
    r"(?i:mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|aunt|uncle|husband|wife|sister|brother)"
    r"(?:[ \t]+(?i:living|alive|still\ living))?,[ \t]+"
)

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
        rf"\b(?:age[ds]?|aged|Age:|age of|AGE)[ \t:>\"=]*(?:is[ \t]+|of[ \t]+)?{AGE_DIGITS_OR_WORDS}",
        re.I,
        group=1,
        strong=True,
        gate=keywords("age aged ages", 30),
        examples=(
            ("who died on 10/10/2025 at the age of one hundred and three. Grief", "one hundred and three"),
            ("The patient, age 91, lives alone.", "91"),
            ("after a long illness at the age of 101. We thank you", "101"),
            ("<dob>11/14/1930</dob>\n<age>94</age>", "94"),
        ),
    ),
    Rule(
        "age_90_is",
        "AGE",
        rf"""
        \b{_SUBJECT}{_NAMED}
        [ \t]+(?i:is|was|turned|turns|just\ turned)(?:[ \t]+(?i:now|still))?[ \t]+{_AGE}{_NOT_MEASURE}
        """,
        re.X,
        group=1,
        # the window runs past the number far enough for the guard to see "kg", "percent"
        gate=Anchor(_AGE_AT, 60, _GUARD_CHARS),
        examples=(
            ("call me back re my mom she is 93 and confused", "93"),
            ("little english. she is now 100. my number", "100"),
            ("my dad Fodil is 97 and rides with me", "97"),
        ),
    ),
    Rule(
        "age_90_reached",
        "AGE",
        rf"""
        \b{_REACHED}[ \t]+
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
        rf"\b({_AGE_WORDS})(?=[\- ]years?|[ \t]*(?:y/o|yo|y\.o\.)(?!\w))",
        re.I | re.X,
        group=1,
        gate=keywords("ninety one", 30),
        examples=(
            ("She is ninety-two years old.", "ninety-two"),
            ("S: Lahmar, bed 39, one hundred and one y/o, MRN 0667", "one hundred and one"),
        ),
    ),
    Rule(
        "age_90_words_is",
        "AGE",
        # in words after who it is: "my mother ..., who is ninety-one and lives at", "she is one hundred and two"
        rf"""
        \b{_SUBJECT}{_NAMED}[ \t]+(?i:is|was|turned|turns|just\ turned|will\ be)(?:[ \t]+(?i:now|still))?[ \t]+
        ((?i:{_AGE_WORDS}))\b
        """,
        re.X,
        group=1,
        strong=True,
        gate=keywords("ninety hundred", 16, before=60),
        examples=(
            ("for my uncle Prayut Sriwong (DOB 01/11/1933), who is ninety-one and lives at", "ninety-one"),
            ("my mother (DOB December 26, 1922), who is one hundred and two and lives", "one hundred and two"),
            ("I CANT WALK FAR. MY DAD VIKRAM IS NINETY-FOUR AND RIDES WITH ME", "NINETY-FOUR"),
            (
                "SSN (billing) 498-21-5443.\n- Caregiver Baba is one hundred and two, hard of hearing.",
                "one hundred and two",
            ),
        ),
    ),
    Rule(
        # an age said of someone already named, in digits or words, after "and is now" or in brackets
        # after "now": "diagnosed at 72 and is now 92;", "lives with Tama (now ninety-three)"; a measure
        # goes on ("and is now 95 %")
        "age_90_now",
        "AGE",
        rf"(?:\b(?i:and|but|who)[ \t]+(?i:is|was)[ \t]+(?i:now)[ \t]+|\((?i:now|aged?)[ \t]+)"
        rf"{AGE_DIGITS_OR_WORDS}{_NOT_MEASURE}(?=[ \t]*(?:[.;!),]|\n|\Z|(?i:and|but)\b))",
        group=1,
        strong=True,
        gate=keywords("now", 30, before=16),
        examples=(
            ("your maternal grandmother Hadasa was diagnosed at 72 and is now 92; your aunt", "92"),
            ("Social: lives in Saint Paul with Tama (now ninety-three); born in Salelologa.", "ninety-three"),
        ),
    ),
    Rule(
        # "shes 101", "she's 97 and 'fine'": a patient's shorthand for "she is", then the age
        "age_90_shes",
        "AGE",
        rf"\b(?i:she|he)['’]?(?i:s)[ \t]+{_AGE}{_NOT_MEASURE}(?=[ \t]*(?:[.;!),]|\n|\Z|(?i:and|but|now|yrs?|years?)\b))",
        group=1,
        strong=True,
        gate=keywords("shes hes she's he's she’s he’s", 10),
        examples=(("ok. its for my aunt shes 101, please call my cell", "101"),),
    ),
    Rule(
        # in words closing a clause about someone already named: "Ms. Latu is under my care for I50.9
        # and is one hundred and one. Memory has declined"; a count goes on ("and is ninety-four mg")
        "age_90_words_and_is",
        "AGE",
        rf"\b(?i:and|but)[ \t]+(?i:is|was|turned)(?:[ \t]+(?i:now|still))?[ \t]+((?i:{_AGE_WORDS}))(?=[ \t]*(?:[.;!]|,[ \t]|\n|\Z))",
        group=1,
        strong=True,
        gate=keywords("ninety hundred", 16, before=30),
        examples=(
            ("Ms. Latu is under my care for I50.9 and is one hundred and one. Memory has", "one hundred and one"),
        ),
    ),
    Rule(
        # in words, then what the person does or when: "Tonton is ninety-one and lives with us", "Baba
        # is ninety-seven this year", "Tutu is ninety-four now."; whoever the subject is, a measure is
        # not "and lives" or "this year"
        "age_90_words_and_lives",
        "AGE",
        rf"\b(?i:is|was|turned)[ \t]+((?i:{_AGE_WORDS}))"
        rf"(?=[ \t]+(?i:and|but)[ \t]+(?i:{_PERSON_VERBS})\b|[ \t]+(?i:this[ \t]+year|now)[ \t]*(?:[.!]|$))",
        group=1,
        strong=True,
        gate=keywords("ninety hundred", 50, before=16),
        examples=(
            ("mrn: 10159788\ntonton is ninety-one and lives with us.", "ninety-one"),
            ("Phone\t1-315-446-3926\nPadar is one hundred and two and lives with us.", "one hundred and two"),
            ("* social 149 03 9646.\n* Baba is one hundred and seven this year.", "one hundred and seven"),
        ),
    ),
    Rule(
        "age_90_words_reached",
        "AGE",
        # in words after a reached age: "my mother lived to ninety-six", "just turned one hundred"
        rf"""
        \b{_REACHED}[ \t]+((?i:{_AGE_WORDS}))\b
        """,
        re.X,
        group=1,
        strong=True,
        gate=keywords("ninety hundred", 16, before=30),
        examples=(("i am 69 and my mother lived to ninety-six with kidney problems", "ninety-six"),),
    ),
    Rule(
        "age_90_words_apart",
        "AGE",
        # an age in words set apart after who it is: "my mother, Mrs. Nahed Afifi, ninety-nine,
        # resident of", "Mrs. Shahd Owaida (ninety-four) came home"; a count is not written so
        rf"[,(][ \t]*((?i:{_AGE_WORDS}))[ \t]*[,)](?![ \t]*(?i:min|minutes|sec|seconds|hours|days|mg|ml|units|percent)\b)",
        re.X,
        group=1,
        strong=True,
        gate=keywords("ninety hundred", 16, before=30),
        examples=(
            ("Re: my mother, Mrs. Nahed Afifi, ninety-nine, resident of Prairie View", "ninety-nine"),
            ("Mrs. Shahd Owaida (ninety-four) came home from", "ninety-four"),
        ),
    ),
    Rule(
        "age_90_after_titled_name",
        "AGE",
        # an age after a titled name in brackets: "Bou (Smt. Bhanumati Behera, 90) came home"
        rf"\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Smt|Shri|Sushri|Haj|Hajja|Sheikh)\.?[ \t]+[^,()\n]{{2,40}},[ \t]*{_AGE}\)",
        group=1,
        strong=True,
        gate=Anchor(_AGE_AT, 60, 4),
        examples=(("volunteers\nBou (Smt. Bhanumati Behera, 90) came home from", "90"),),
    ),
    Rule(
        "age_90_after_dob",
        "AGE",
        # an age in a header row after the date of birth, with the sex: "DOB 2/13/35 | 90 F"
        rf"""
        \bDOB\b[^\n|,;]{{3,16}}[|,;][ \t]*{AGE_DIGITS_OR_WORDS}[ \t]*(?:y/?o[ \t]*)?
        (?=(?:F|M|female|male|Female|Male)\b)
        """,
        re.X,
        group=1,
        strong=True,
        gate=keywords("dob", 40, before=2),
        examples=(
            ("Sameera Hammami | MRN 9236922572 | DOB 2/13/35 | 90 F\nTreatment", "90"),
            ("Layla Abu Dawood | MRN 2259141 | DOB 02/01/1931 | ninety-four F\n", "ninety-four"),
        ),
    ),
    Rule(
        "age_90_kin",
        "AGE",
        # an age that closes a relative's mention, between commas: "Grandmother, ninety-one, lives
        # with family", "mother living, 92."
        rf"""
        \b{_KIN_AGE}{AGE_DIGITS_OR_WORDS}(?=[ \t]*[,.;)])
        """,
        re.X,
        group=1,
        strong=True,
        gate=keywords(
            "mother father mom dad grandmother grandfather grandma grandpa aunt uncle husband wife sister brother", 40
        ),
        examples=(
            ("Denies SI. Grandmother, ninety-one, lives with family", "ninety-one"),
            ("Family: sister (dx at 45); mother living, 92.\nCoverage", "92"),
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
