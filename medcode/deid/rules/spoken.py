"""Numbers, dates and ages spoken rather than written: speech-to-text voicemail and voice-dictated
messages write "my number is five oh three nine seven two ...", "date of birth the sixteenth of
november nineteen fifty", "she's ninety-three". The written-form rules see no digit in them.

Every word list is closed (digits, teens, tens, ordinals, months), so each pattern has one reading
of a word and runs in linear time."""

from __future__ import annotations

import re

from medcode.deid.rule import Anchor, Rule, keywords

_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# one spoken number word: a digit, a teen, a ten or "forty-two" (with its hyphen: "forty two" is
# two words, so a run of words has one reading)
_NUMBER_WORD = rf"(?:{_TENS}(?:-{_UNIT})?|{_TEEN}|{_DIGIT}|double|triple)(?![\w-])"
# seven or more in a row: a phone, record or member number read aloud
_SPOKEN_RUN = rf"(?<![\w-]){_NUMBER_WORD}(?:[ \t,]+{_NUMBER_WORD}){{6,14}}"

_ORDINAL_UNIT = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ORDINAL = (
    rf"(?:{_ORDINAL_UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    rf"|eighteenth|nineteenth|twentieth|twenty[- ]{_ORDINAL_UNIT}|thirtieth|thirty[- ]first|\d{{1,2}}(?:st|nd|rd|th))"
)
_YEAR_SPOKEN = (
    rf"(?:(?:nineteen|twenty)[ -](?:hundred|oh[ -]{_UNIT}|{_TEEN}|{_TENS}(?:[ -]{_UNIT})?)"
    rf"|two[ -]thousand(?:[ -]and)?(?:[ -](?:{_TEEN}|{_TENS}(?:[ -]{_UNIT})?|{_UNIT}))?)(?![\w-])"
)
# "May" is a month only with "the" ("May the fourth"): "we may first try" is no date
_MONTH = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
_MONTH_WITH_MAY = rf"(?:{_MONTH}|may)"
_SPOKEN_DATE = rf"""
    (?<![\w-])(
        (?:{_MONTH}[ \t]+(?:the[ \t]+)?|may[ \t]+the[ \t]+){_ORDINAL}(?:,?[ \t]+{_YEAR_SPOKEN})?
      | (?:the[ \t]+)?{_ORDINAL}[ \t]+of[ \t]+{_MONTH_WITH_MAY}(?:,?[ \t]+{_YEAR_SPOKEN})?
    )(?![\w-])
"""
# ninety and over, in words: "ninety-three", "a hundred and two"
_AGE_WORDS = (
    rf"(?:ninety(?:[- ]{_UNIT})?|(?:a|one)[ \t]+hundred(?:[ \t]+and)?(?:[ \t]+(?:{_TEEN}|{_UNIT}|ten))?)(?![\w-])"
)


def spoken_number_type(m: re.Match) -> str:
    """What a number read aloud is, by the words before it: a record, member, account or fax
    number, else a phone number (what voicemail reads out most)."""
    before = m.string[max(0, m.start() - 40) : m.start()].lower()
    for words, phi in (
        (("record", "mrn", "chart"), "MRN"),
        (("member", "policy", "insurance", "medicaid", "medicare"), "HEALTH_PLAN"),
        (("account", "acct"), "ACCOUNT"),
        (("fax",), "FAX"),
    ):
        if any(w in before for w in words):
            return phi
    return "PHONE"


RULES: tuple[Rule, ...] = (
    Rule(
        "spoken_number",
        spoken_number_type,
        _SPOKEN_RUN,
        re.I,
        strong=True,
        gate=Anchor(rf"(?i)\b{_DIGIT}[ \t,]+{_DIGIT}\b", 40, 160),
        examples=(
            (
                "period my number is five oh four seven five one two nine one four thank you",
                "five oh four seven five one two nine one four",
            ),
            (
                "his medical record number is two six nine one three eight four he's on",
                "two six nine one three eight four",
            ),
        ),
    ),
    Rule(
        "spoken_date",
        "DATE",
        _SPOKEN_DATE,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords(
            "january february march april may june july august september october november december", 80, before=40
        ),
        examples=(
            (
                "date of birth the sixteenth of november nineteen fifty he was",
                "the sixteenth of november nineteen fifty",
            ),
            ("my birthday is january fourteenth nineteen fifty three i had", "january fourteenth nineteen fifty three"),
            ("she is in Chautara till October the fourth can u do after", "October the fourth"),
            ("date of birth march 15th two thousand four she was", "march 15th two thousand four"),
        ),
    ),
    Rule(
        "spoken_age_90",
        "AGE",
        rf"""
        \b(?i:(?:she|he|they)['’]s|(?:she|he|patient|pt|mom|dad|mother|father)[ \t]+(?:is|was)|aged?|turned|turns
        |just[ \t]+turned)[ \t]+({_AGE_WORDS})(?![ \t]+(?i:percent|pounds|degrees|beats|over))
        """,
        re.X | re.I,
        group=1,
        strong=True,
        gate=keywords("ninety hundred", 30, before=40),
        examples=(
            ("it ran out and she's ninety-nine so i can't bring her in", "ninety-nine"),
            ("my grandfather turned a hundred and two last week", "a hundred and two"),
        ),
    ),
)
