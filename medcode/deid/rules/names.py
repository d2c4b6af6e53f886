"""Person names found by their context: a title, a header label, a credential, a relative's role,
"spoke with", "my name is", a signature line, "X reports ..." at a sentence start."""

from __future__ import annotations

import re

from medcode.deid.lexicon import CREDENTIALS
from medcode.deid.patterns import (
    CAPW,
    CRED_RE,
    INITIAL,
    KIN,
    LO,
    NAME_SEQ,
    NAME_SEQ_NOCOMMA,
    NAMETOK,
    PARTICLE,
    TITLE_RE,
    UP,
)
from medcode.deid.rule import NAME_RECOGNIZER, Anchor, Rule, keywords


def _alt(*phrases: str) -> str:
    """An alternation of phrases, safe in re.VERBOSE (spaces escaped)."""
    return "|".join(p.replace(" ", r"\ ") for p in phrases)


# header labels before a name ("Attending:", "Dictated by", "Emergency contact -")
_NAME_LABELS = _alt(
    r"patient(?:['’]s)?(?:[ \t]+(?:full[ \t]+)?name)?",
    r"pt(?:[ \t]+name)?",
    "name",
    "full name",
    "patient name",
    r"attending(?:[ \t]+(?:physician|doctor|md))?",
    "physician",
    "provider",
    "pcp",
    r"primary care(?:[ \t]+(?:physician|provider|doctor))?",
    r"referring(?:[ \t]+(?:physician|provider|doctor|md))?",
    "surgeon",
    "assistant",
    r"assist(?:ant)?\.?",
    "asst",
    "co-?surgeon",
    "anesthesiologist",
    "anaesthetist",
    "anesthesia",
    "resident",
    "fellow",
    "intern",
    "nurse",
    "rn",
    "np",
    "case manager",
    "social worker",
    "therapist",
    "pharmacist",
    "dictated by",
    "dictating physician",
    "transcribed by",
    "transcriptionist",
    "signed by",
    "electronically signed by",
    "e-?signed by",
    "cosigned by",
    "co-signed by",
    "authenticated by",
    "author",
    "cc",
    "copy to",
    "copies to",
    "emergency contact",
    "contact person",
    "contact",
    "next of kin",
    "nok",
    "guardian",
    "legal guardian",
    "guarantor",
    "spouse",
    "husband",
    "wife",
    "mother",
    "father",
    "parent",
    "caregiver",
    "interpreter",
    "witness",
    "consultant",
    r"consulting(?:[ \t]+physician)?",
    r"admitting(?:[ \t]+physician)?",
    r"discharging(?:[ \t]+physician)?",
    r"ordering(?:[ \t]+(?:physician|provider))?",
    "reviewed by",
    "verified by",
    "seen by",
    "performed by",
    "read by",
    "reported by",
    "prepared by",
    "requested by",
    "approved by",
    "radiologist",
    "pathologist",
    "cardiologist",
    "oncologist",
    "technician",
    "technologist",
    "midwife",
    "sonographer",
    "proxy",
    "health care proxy",
    "poa",
    "beneficiary",
    "insured",
    "subscriber",
    "policy holder",
    "policyholder",
    "mother's name",
    "father's name",
    "maiden name",
    "alias",
    "aka",
)
_RELATIVES = (
    "wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|niece|nephew|aunt|uncle|grandson"
    "|granddaughter|grandmother|grandfather|grandma|grandpa|cousin|neighbou?r|caregiver|boyfriend|girlfriend"
    "|fianc[ée]e?|stepmother|stepfather|stepson|stepdaughter|roommate|landlord|employer|colleague|coworker|sibling"
    "|child|guardian|mom|dad|twin"
    # people at the bedside or in a patient's life named by their role, also as a title ("Deputy Delvaux")
    "|[Oo]fficer|[Dd]eputy|[Tt]rooper|[Dd]etective|[Ss]ergeant|[Cc]haplain|[Pp]astor|[Rr]abbi|[Ii]mam|[Cc]oach"
    "|[Tt]eacher|[Pp]rincipal|[Cc]ounsel+or"
)
_ROLES_IN_PARENS = KIN + "|sibling|child|parent|proxy|pharmacist|nurse"
_NOT_AFTER_SPOKE = "disease|syndrome|Hospital|Clinic|Center|Medical|University|Department|Unit|Service"
_PT_VERBS = (
    "is was has had presented presents reports reported denies complains returned arrived came underwent received "
    "states stated remains tolerated continues agreed declined consented lives works"
)

# a name word as written in a message, in any case ("guerfi", "Ostrowski", "MAINA")
_ANY_CASE_NAME_WORD = rf"[{UP}{LO}][{UP}{LO}'’]+"
_ANY_CASE_SURNAME = rf"{_ANY_CASE_NAME_WORD}(?:-{_ANY_CASE_NAME_WORD})?"  # "guerfi", "Ben-Ali"

RULES: tuple[Rule, ...] = (
    Rule(
        "titled",
        "NAME",
        rf"\b(?:{TITLE_RE})\.?[ \t]+((?:{PARTICLE}[ \t])?(?:{NAMETOK})(?:[ \t]+(?:{PARTICLE}[ \t]+)?(?:{NAMETOK})){{0,3}})",
        group=1,
        strong=True,
        gate=keywords("dr mr mrs ms miss mx prof doctor sr sra dra mister madam rev", 70),
        recognizer=NAME_RECOGNIZER,
        examples=(("Mrs. Okonkwo was admitted overnight.", "Okonkwo"), ("Seen by Dr. da Rosa in clinic.", "da Rosa")),
    ),
    Rule(
        "titled_lower",
        "NAME",
        r"\b(?:dr|mr|mrs|ms|prof)\.?[ \t]+([a-z][a-z'’\-]{1,})\b",
        group=1,
        proper="name",
        gate=keywords("dr mr mrs ms prof", 40),
        recognizer=NAME_RECOGNIZER,
        examples=(("pt seen by dr okafor in clinic today", "okafor"),),
    ),
    Rule(
        "name_label",
        "NAME",
        rf"""
        (?:^|\b)(?i:{_NAME_LABELS})
        (?:[ \t]*(?::|-|\#|=)|(?<=by))[ \t]*               # "Label:" or "... by"
        (?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?
        ({NAME_SEQ})
        """,
        re.M | re.X,
        group=1,
        strong=True,
        proper="name",
        gate=Anchor(rf"[:#=\-y][ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?(?:{PARTICLE}[ \t])?[{UP}]", 60, 90),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Patient: SMITH, JOHN A\nMRN: 00123456", "SMITH, JOHN A"),
            ("Attending: Dr. Maria Gonzalez", "Maria Gonzalez"),
        ),
    ),
    Rule(
        # a letter's addressee: "To: Naoto Hashimoto, Radiology" (the name only: a department or
        # facility after the comma stays)
        "addressee",
        "NAME",
        rf"(?<![\w'’-])(?i:to|attn\.?|attention)[ \t]*:[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?({NAME_SEQ_NOCOMMA})",
        re.M,
        group=1,
        strong=True,
        proper="name",
        gate=keywords("to attn attention", 60, before=4),
        recognizer=NAME_RECOGNIZER,
        examples=(("June 5, 2021 |  | To: Naoto Hashimoto, Radiology | Zerrouki Memorial", "Naoto Hashimoto"),),
    ),
    Rule(
        "credentialed",
        "NAME",
        rf"({NAME_SEQ_NOCOMMA}),?[ \t]+(?:{CRED_RE})(?![\w])",
        group=1,
        proper="name",
        gate=keywords(" ".join(c.lower().replace(".", " ") for c in CREDENTIALS), 12, 90),
        recognizer=NAME_RECOGNIZER,
        examples=(("Kenneth Lopez, M.D.\nFollow-up as planned.", "Kenneth Lopez"),),
    ),
    Rule(
        "relation",
        "NAME",
        rf"""
        \b(?:{_RELATIVES})(?:['’]s)?[ \t]*,?[ \t]+(?:(?:named|called|is|was)[ \t]+)?
        ({CAPW}(?:[ \t]+(?:{INITIAL}|{CAPW})){{0,2}})
        """,
        re.X,
        group=1,
        proper="name",
        gate=keywords(
            "wife husband son daughter mother father brother sister spouse partner friend niece nephew aunt uncle "
            "grandson granddaughter grandmother grandfather grandma grandpa cousin neighbor neighbour caregiver "
            "boyfriend girlfriend fiance fiancee fiancé fiancée stepmother stepfather stepson stepdaughter roommate "
            "landlord employer colleague coworker sibling child guardian mom dad twin officer deputy trooper "
            "detective sergeant chaplain pastor rabbi imam coach teacher principal counselor counsellor",
            60,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(("His wife, Wardaya Wibowo, was present.", "Wardaya Wibowo"),),
    ),
    Rule(
        "spoke_with",
        "NAME",
        rf"""
        \b(?i:(?:spoke|speaking|talked|discussed|met|consulted|conferred|d/w|c/w)(?:[ \t]+[a-z]+){{0,3}}?[ \t]+(?:with|to)
        | (?:called|phoned|contacted|informed|notified|paged|visited)
        | (?:accompanied|seen|evaluated|examined|operated|signed|dictated|reviewed|cosigned|attended|interviewed
            |reported)[ \t]+by)
        [ \t]+((?:{CAPW})[ \t]+(?:{INITIAL}[ \t]+)?(?:{CAPW}))
        (?![ \t]+(?:{_NOT_AFTER_SPOKE}))                    # not "Crohn disease", "Mercy Hospital"
        """,
        re.X,
        group=1,
        proper="name",
        gate=keywords(
            "spoke speaking talked discussed met consulted conferred d c called phoned contacted informed notified "
            "paged visited accompanied seen evaluated examined operated signed dictated reviewed cosigned attended "
            "interviewed reported",
            90,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(("Spoke with Jasminka Mišković from the pharmacy.", "Jasminka Mišković"),),
    ),
    Rule(
        "relation_after",
        "NAME",
        rf"((?:{CAPW})(?:[ \t](?:{PARTICLE}[ \t])*+(?:{INITIAL}|{CAPW})){{1,3}}),?[ \t]+\((?i:{_ROLES_IN_PARENS})\)",
        group=1,
        proper="name",
        gate=Anchor(
            r"\((?i:wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|niece|nephew|aunt"
            r"|uncle|grand|cousin|neighb|caregiver|guardian|sibling|child|parent|proxy|pharmacist|nurse)",
            90,
            30,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(("Discussed the plan with Pauli Kauppinen (caregiver) by phone.", "Pauli Kauppinen"),),
    ),
    Rule(
        "name_is",
        "NAME",
        rf"""
        \b(?i:(?:my|his|her|their|the\ patient's|patient's)[ \t]+(?:full[ \t]+|maiden[ \t]+|first[ \t]+|last[ \t]+)?name
        [ \t]+is|name's|calls?[ \t]+me|call[ \t]+him|call[ \t]+her|named|known[ \t]+as|this[ \t]+is|I[ \t]+am|I'm
        |[Ii]t's|goes[ \t]+by|remove[ \t]+my[ \t]+\w+|signed,?)
        [ \t]+((?:{NAMETOK})(?:[ \t](?:{PARTICLE}[ \t])?(?:{NAMETOK})){{0,3}})
        """,
        re.X,
        group=1,
        proper="name",
        gate=keywords("name name's call calls named known this i i'm it's goes remove signed", 60, before=40),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Hello, I am Tamsin Achterberg and I have a question.", "Tamsin Achterberg"),
            ("Hello, my name is Tamsin Achterberg and I have a question.", "Tamsin Achterberg"),
        ),
    ),
    Rule(
        "name_is_lower",
        "NAME",
        r"""
        \b(?i:my\ name\ is|this\ is|I\ am|I'm|name's|it's)[ \t]+
        ([a-z][a-z'’\-]+(?:[ \t]+[a-z][a-z'’\-]+)?)(?=[ \t]*(?:[,.;:!?()]|$|\n|[ \t]+(?:and|here|from|again|calling)\b))
        """,
        re.X,
        group=1,
        proper="name",
        gate=keywords("name name's this i i'm it's", 40, before=40),
        recognizer=NAME_RECOGNIZER,
        examples=(("hi, this is tamsin achterberg. can you call me", "tamsin achterberg"),),
    ),
    Rule(
        # a patient's initials in a pharmacy's notice ("Rx for AP is ready", "your apixaban for DI
        # was transferred"): pharmacies text initials in place of the name; a clinical abbreviation
        # or word there ("for PT was sent", "for MD") is not read as one
        "initials_in_pharmacy_notice",
        "NAME",
        r"""
        \b(?i:rx|prescription|refill|order|your[ \t]+[a-z]+)[ \t]+(?i:for)[ \t]+([A-Z]{2,3})
        (?=[ \t]+(?i:is|was|are|has[ \t]+been)[ \t]+(?i:ready|transferred|filled|sent|approved|denied|on[ \t]+hold|delayed)\b)
        """,
        re.X,
        group=1,
        strong=True,
        proper="initials",
        gate=keywords("ready transferred filled sent approved denied hold delayed", 20, before=60),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Blinova Drug: Rx for LN is ready for pickup.", "LN"),
            ("your apixaban for DI was transferred from Wang Pharmacy", "DI"),
        ),
    ),
    Rule(
        # a surname given to change a record, in any case: "update my last name to guerfi"
        "name_changed_to",
        "NAME",
        rf"""
        \b(?i:(?:last|family|maiden|sur)[ \t]?name[ \t]+(?:is[ \t]+now|changed[ \t]+to|to|from|is|was|as)[ \t]+)
        ({_ANY_CASE_SURNAME})(?![\w'’])
        """,
        re.X,
        group=1,
        proper="name",
        gate=keywords("name surname lastname", 40, before=20),
        recognizer=NAME_RECOGNIZER,
        examples=(("hey i got married. please update my last name to guerfi, thanks", "guerfi"),),
    ),
    Rule(
        # the name a record had before: "..., it used to be gassner", "formerly Ostrowski"
        "name_used_to_be",
        "NAME",
        rf"""
        \b(?i:name\b[^.\n]{{0,40}}?\b(?:used[ \t]+to[ \t]+be|formerly|previously|n[ée]e)[ \t]+)
        ({_ANY_CASE_SURNAME})(?![\w'’])
        """,
        re.X,
        group=1,
        proper="name",
        gate=keywords("name", 80, before=4),
        recognizer=NAME_RECOGNIZER,
        examples=(("please update my last name to guerfi, it used to be gassner.", "gassner"),),
    ),
    Rule(
        "signature_line",
        "NAME",
        rf"^[ \t]*(?:-{{1,3}}|/s/)[ \t]*({NAME_SEQ})[ \t]*$",
        re.M,
        group=1,
        proper="name",
        recognizer=NAME_RECOGNIZER,
        examples=(("Thanks for your help.\n-- Ottilie Brandauer\n", "Ottilie Brandauer"),),
    ),
    Rule(
        "pt_name_verb",
        "NAME",
        rf"""
        (?:^|(?<=[.:;]\s))                                  # at a line or sentence start
        ((?:{CAPW})[ \t]+(?:{INITIAL}[ \t]+)?(?:{CAPW}))
        (?:,[ \t]+(?:a|an|aged?)[ \t]|[ \t]+(?:{_PT_VERBS.replace(" ", "|")})\b)
        """,
        re.M | re.X,
        group=1,
        proper="name",
        gate=keywords(_PT_VERBS, 3, 70),
        recognizer=NAME_RECOGNIZER,
        examples=(("Follow-up. Margarethe Vollhardt reports less pain today.", "Margarethe Vollhardt"),),
    ),
)
