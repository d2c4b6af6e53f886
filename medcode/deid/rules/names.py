"""Person names found by their context: a title, a header label, a credential, a relative's role,
"spoke with", "my name is", a signature line, "X reports ..." at a sentence start."""

from __future__ import annotations

import re

from medcode.deid.lexicon import CREDENTIALS
from medcode.deid.patterns import (
    ALLCAPSW,
    CAPW,
    CRED_RE,
    DOTTED_INITIALS,
    INITIAL,
    KIN,
    LO,
    NAME_SEQ,
    NAME_SEQ_NOCOMMA,
    NAME_SUFFIX,
    NAMETOK,
    PARTICLE,
    TITLE_RE,
    UP,
)
from medcode.deid.rule import NAME_RECOGNIZER, Also, Anchor, Rule, keywords

# a table's last column headed by who signed each row ("| Init |", "\tStaff", "| RT |")
_SIGNER_HEADER = (
    r"(?:\||\t)[ \t]*(?i:init|inits|initials|staff|sig|signed(?:[ \t]+by)?|by|tech|nurse|RN|RT)[ \t]*\|?[ \t]*$"
)
# what a signed column writes instead of a signer's initials, and flags a result column holds
_NOT_A_SIGNER = r"(?:NA|ND|NEG|POS|YES|NO|OK|WNL|NML|ABN|DC|NR|HI|LO|HH|LL|CRIT)"

# staff roles written after a name like a credential ("D. Yellow Horse, PRC clerk")
_STAFF_ROLES = (
    "clerk|coordinator|caseworker|navigator|scheduler|interpreter|technician|aide|chaplain|counselor|supervisor"
)


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
    r"(?-i:SW)",
    r"referring[ \t]+(?-i:SW)",
    "therapist",
    "pharmacist",
    "dictated by",
    "from",  # a memo's or message's sender: "From: Kulatunga, Chamath, Orthopedics"
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
    "user",
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
    "student",  # a school form's child: "Student: Sonam, Karma   Grade: 2"
    "volunteer",
    "visitor",
    "courier",
    "evaluator",
    "notary",  # "Notary: Pisith Touch, commission no. 35623240"
    "escort",  # not "adjuster": "Adjuster: Htet Kyaw, The Hartford" names the insurer after the comma
    "attorney",
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
    # and who drives, carries or visits: "wheelchair van AMB 785, driver Seenaa", "courier Yer en route"
    "|[Dd]river|[Cc]ourier|[Vv]olunteer|[Vv]isitor|[Mm]edic"
)
# a credential after a signer's initials: "-- RMK, RDH"
_SIGNER_CREDENTIAL = rf"(?:,[ \t]*(?:{CRED_RE}|CHW|MSW|LPC|RDH|CGC))?"
# a chat's speaker named by a service or a role, not a person ("Seating clinic:", "Front desk:")
_SERVICE_SPEAKERS = (
    "clinic|desk|office|team|manager|coordinator|staff|scheduler|scheduling|lab|billing|line|center|centre"
    "|dispatch|intake|triage|program|services?"
)
_ROLES_IN_PARENS = KIN + "|sibling|child|parent|proxy|pharmacist|nurse"
_NOT_AFTER_SPOKE = "disease|syndrome|Hospital|Clinic|Center|Medical|University|Department|Unit|Service"
_PT_VERBS = (
    "is was has had presented presents reports reported denies complains returned arrived came underwent received "
    "states stated remains tolerated continues agreed declined consented lives works"
)

# a name word as written in a message, in any case ("guerfi", "Ostrowski", "MAINA")
_ANY_CASE_NAME_WORD = rf"[{UP}{LO}][{UP}{LO}'’]+"
_ANY_CASE_SURNAME = (
    rf"(?:[{UP}{LO}]-)?{_ANY_CASE_NAME_WORD}(?:-{_ANY_CASE_NAME_WORD})?"  # "guerfi", "Ben-Ali", "A-reum"
)
_LOWER_WORD = r"[a-z][a-z'’\-]*[a-z]"
# a quoted nickname inside a name: 'Tornike "Torni" Tsulukidze'
_NICKNAME = r"[\"“'‘][A-Za-z]{2,15}[\"”'’]"
# words that are never a piece of a name written in any case: "my cousin Margit in Gavar" is Margit
_NOT_A_PIECE = (
    r"(?i:in|at|on|of|to|from|with|for|by|and|or|but|the|a|an|is|are|am|was|were|be|been|has|have|had|do|does"
    r"|did|will|would|can|could|should|my|his|her|our|their|me|him|us|she|he|they|we|you|i|it|again|here|there"
    r"|now|also|too|not|no|yes|ok|okay|just|still|very|so|today|yesterday|tomorrow|please|pls|thanks|thank|thx"
    r"|bye|regards|cheers|dr|mr|mrs|ms|miss|mx|prof|rn|md|np|need|needs|want|wants|got|gets|went|goes|came|keeps)"
)
_NAME_PIECE = rf"(?:{_NICKNAME}|(?!{_NOT_A_PIECE}(?![\w'’\-])){_ANY_CASE_SURNAME})"
# a person's name in any case: one to four words, a nickname among them, a suffix after; as few
# words as the context after it allows ("my boy naftali has fever since": "naftali")
# the words that say a date of birth follows, never a piece of the name before it
_DOB_WORD = r"(?i:dob|d\.o\.b\.?|born|birth|date|age|mrn|ssn)(?![\w'’\-])"
# a signature's last line may be the signer's phone number: "-- AU\n881 251 2256"
# a form's signature label, at a line's start: "client signature: ", "Signed: "
_SIGNATURE_LABEL = r"^[ \t]*(?:[A-Za-z]+[ \t]+){0,2}?(?i:signature|signed)[ \t]*:[ \t]*"
# a signature's last lines may be the signer's phone number and a mail app's trailer: "-- AU\n881 251
# 2256", "S.P.\nSent from my iPhone"
_PHONE_LINE = r"(?:\n[ \t]*\+?[\d(][\d ()+.\-]{6,20}(?:[ \t]*(?i:x|ext\.?)[ \t]*\d{1,5})?[ \t]*)?"
_THEN_PHONE_LINE = _PHONE_LINE + r"(?:\n[ \t]*(?i:sent[ \t]+from[ \t]+my[ \t]+[\w ]{2,20}))?" + _PHONE_LINE + r"\n?"
_ANY_CASE_PERSON = rf"{_NAME_PIECE}(?:[ \t]+{_NAME_PIECE}){{0,3}}?(?:,?[ \t]+{NAME_SUFFIX}(?![\w'’]))?"
# where a name written in running text ends: punctuation, the line's end, or a verb going on
_NAME_ENDS = (
    r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:has|had|is|was|needs|got|fell|keeps|can|cannot|can't|won't|does|did|doesn't"
    r"|didn't|will|woke|started|seems|says|said|born|who|and|from|since|wants|needs|took|takes|just|still|need"
    r"|want|went|goes|came|have"
    r"|date[ \t]+of[ \t]+birth|dob|d\.o\.b)\b"
)
# people in a patient's life named by their role after "my": kin, and the people at work
_MY_PEOPLE = (
    "boy|girl|son|daughter|baby|kid|child|grandson|granddaughter|mom|mum|mommy|dad|daddy|mother|father"
    "|grandmother|grandfather|grandma|grandpa|granny|wife|husband|sister|brother|aunt|uncle|niece|nephew|cousin"
    "|partner|fiance|fiancee|boyfriend|girlfriend|neighbor|neighbour|friend|roommate|caregiver|supervisor|boss"
    "|manager|coworker|co-worker"
)
# a name a message is signed with: initials and a surname, or one to three words, "Last, First"
_SIGNED_NAME = (
    rf"(?:(?:[{UP}]\.[ \t]?){{1,3}}{_ANY_CASE_SURNAME}"
    rf"|{_NAME_PIECE}(?:[ \t]+{_NAME_PIECE}){{0,2}}(?:[ \t]+{NAME_SUFFIX})?)"
)
# and after a dash at a message's end, also "Last, First": "... - Beradze, Rezo"
_SIGNED_NAME_OR_LAST_FIRST = rf"(?:{_SIGNED_NAME}|{_ANY_CASE_SURNAME},[ \t]+{_ANY_CASE_SURNAME})"

RULES: tuple[Rule, ...] = (
    Rule(
        "titled",
        "NAME",
        rf"\b(?:{TITLE_RE})\.?[ \t]+((?:{DOTTED_INITIALS}[ \t]?)?(?:{PARTICLE}[ \t])?(?:{NAMETOK})(?:[ \t]+(?:{PARTICLE}[ \t]+)?(?:{NAMETOK})){{0,3}})",
        group=1,
        strong=True,
        gate=keywords("dr mr mrs ms miss mx prof doctor sr sra dra mister madam rev", 70),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Mrs. Okonkwo was admitted overnight.", "Okonkwo"),
            ("Seen by Dr. da Rosa in clinic.", "da Rosa"),
            ("with Dr. K.R. Yakov but I start", "K.R. Yakov"),
        ),
    ),
    Rule(
        "titled_lower",
        "NAME",
        r"\b(?i:dr|mr|mrs|ms|prof|doctor)\.?[ \t]+([a-z][a-z'’\-]{1,})\b",
        group=1,
        proper="name",
        gate=keywords("dr mr mrs ms prof doctor", 40),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("pt seen by dr okafor in clinic today", "okafor"),
            ("(Sent by voice) message for doctor jnavali period this is", "jnavali"),
            ("Appt is Apr. 6 at 2:40 with Dr atkyan (Rheumatology).", "atkyan"),
        ),
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
        # an initial and a surname of ordinary words before a credential or a staff role ("Y. Yellow
        # Horse, RN", "D. Yellow Horse, PRC clerk"): the initial makes it a name, where "credentialed"
        # needs a word no dictionary holds
        "initial_and_surname",
        "NAME",
        rf"(?<![\w.])([{UP}]\.[ \t]?(?:[{UP}][a-z'’\-]+[ \t]){{0,2}}[{UP}][a-z'’\-]+),[ \t]*"
        rf"(?:(?:{CRED_RE})|(?:[A-Z]{{2,4}}[ \t]+)?{_STAFF_ROLES})(?![\w])",
        group=1,
        gate=keywords(
            " ".join(c.lower().replace(".", " ") for c in CREDENTIALS) + " " + _STAFF_ROLES.replace("|", " "), 30, 60
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Reviewed by Y. Yellow Horse, RN on 3/18/2026", "Y. Yellow Horse"),
            ("> - D. Little Thunder, PRC clerk, Kyle Service Unit", "D. Little Thunder"),
        ),
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
            "detective sergeant chaplain pastor rabbi imam coach teacher principal counselor counsellor driver "
            "courier volunteer visitor medic",
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
        \b(?i:my\ name\ is|this\ is|I\ am|I'm|name's|it's|(?:hi|hey|hello|yo|ok|okay)[ \t,!]+its)[ \t]+
        ([a-z][a-z'’\-]+(?:[ \t]+(?!(?:and|here|from|again|calling)\b)[a-z][a-z'’\-]+)?)
        (?=[ \t]*(?:[,.;:!?()]|$|\n|[ \t]+(?:and|here|from|again|calling|her|his|their|your|my)\b))
        """,
        re.X,
        group=1,
        proper="name",
        gate=keywords("name name's this i i'm it's its", 40, before=40),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("hi, this is tamsin achterberg. can you call me", "tamsin achterberg"),
            ("hi its ohan from yesterday my boy has fever", "ohan"),
            ("R. this is hyejin park her sister, she is away", "hyejin park"),
        ),
    ),
    Rule(
        # someone a patient writes about by their role, in any case: "my boy naftali has fever", "my
        # supervisor zoichka says", "writing for my mom Tornike 'Torni' Tsulukidze born 02/17/2006";
        # the name must end where a sentence goes on (a verb, "born", punctuation), so "my son has
        # fever" names nobody
        "my_person_named",
        "NAME",
        rf"""
        \b(?i:my|our)[ \t]+(?i:little[ \t]+|older[ \t]+|younger[ \t]+|baby[ \t]+)?(?i:{_MY_PEOPLE})[ \t]+
        ({_ANY_CASE_PERSON})
        (?={_NAME_ENDS})
        """,
        re.X,
        group=1,
        proper="leading_name",
        gate=keywords(_MY_PEOPLE.replace("|", " "), 70, before=30),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("hi its zina from yesterday my boy kirakos has fever since sunday", "kirakos"),
            ("hello its sara my girl Armen has fever", "Armen"),
            ("my supervisor zoichka says HR wont accept", "zoichka"),
            ("hi im writing for my mom Tornike 'Torni' Tsulukidze born 02/17/2006.", "Tornike 'Torni' Tsulukidze"),
        ),
    ),
    Rule(
        # a child or ward named after their parent's or guardian's role: "I am the father of
        # "Stik" Gradinarova, we arrived", "the mother of maka "makush" tsulukidze."
        "parent_of",
        "NAME",
        rf"""
        \b(?i:mother|father|parent|guardian|grandmother|grandfather|caregiver|foster[ \t]+(?:mother|father|parent))
        [ \t]+of[ \t]+({_ANY_CASE_PERSON})(?={_NAME_ENDS})
        """,
        re.X,
        group=1,
        proper="leading_name",
        gate=keywords("mother father parent guardian grandmother grandfather caregiver", 60, before=6),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ('Good day doctor. I am the father of "Stik" Gradinarova, we arrived', '"Stik" Gradinarova'),
            ("I am the father of LILI, we arrived from Bosnia", "LILI"),
        ),
    ),
    Rule(
        # "LAST, First" as records write a name, outside a label ("Subject: Reschedule - CHUKCHUKOV,
        # Rancho - MRN", "Daughter\tBERADZE, GVANTSA"): the surname in capitals, both halves words
        # that can only be names
        "last_first_caps",
        "NAME",
        # (a given name in capitals too only from four letters: "DNI, POLST" and "EMS, ALS" are no names;
        # not an item of a list: "HCV, RPR, Rose of Bengala")
        rf"(?<![\w,'’\-])(?<!,[ \t])([{UP}][{UP}'’\-]{{2,}},[ \t](?:[{UP}][{LO}'’\-]+|(?<=[{UP}]{{4}},[ \t])[{UP}]{{4,}})(?:[ \t][{UP}]\.?)?)(?![\w'’\-])",
        group=1,
        proper="last_first",
        gate=Anchor(rf"[{UP}]{{3}},[ \t][{UP}]", 30, 30),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Subject: Reschedule - CHUKCHUKOV, Rancho - MRN 09042698", "CHUKCHUKOV, Rancho"),
            ("Daughter\tBERADZE, GVANTSA\t(425)499-1537", "BERADZE, GVANTSA"),
        ),
    ),
    Rule(
        # "last, first" in lower case after the patient's label: "Name is kvantaliani, naziko",
        # "Patient: sarkisiani, marine m."
        "last_first_lower_label",
        "NAME",
        rf"""
        \b(?i:patient(?:['’]s)?(?:[ \t]+name)?|pt|name(?:[ \t]+is)?|employee|resident|member)[ \t]*[:\-]?[ \t]*
        ({_LOWER_WORD},[ \t]*{_LOWER_WORD}(?:[ \t][a-z]\.?)?)(?![\w'’\-])
        """,
        re.X,
        group=1,
        proper="last_first",
        gate=keywords("patient pt name employee resident member", 40, before=20),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("my DOB is 5/29/1998 and Name is kvantaliani, naziko , i seen", "kvantaliani, naziko"),
            ("Rx number 1619834. Patient: sarkisiani, marine m., DOB 04/04/1975", "sarkisiani, marine m."),
        ),
    ),
    Rule(
        # the name a message ends with, after a dash: "Call 319-973-3700 - amalya", "- S.P. Tsereteli",
        # "new card # 1T46-T64-CV59. - Beradze, Rezo"
        "signed_after_dash",
        "NAME",
        rf"[ \t\n]-[ \t]*({_SIGNED_NAME_OR_LAST_FIRST})[ \t]*\Z",
        group=1,
        proper="leading_name",
        gate=Anchor(r"-[ \t]*[^\W\d_][^\n]{0,40}\Z", 2, 50),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("asset tag W0379-9033. Call 319-973-3700 - amalya", "amalya"),
            ("Call 724-790-7514 - S.P. Tsereteli", "S.P. Tsereteli"),
            ("new card # 1T46-T64-CV59. - Beradze, Rezo", "Beradze, Rezo"),
        ),
    ),
    Rule(
        # the name a message ends with on a line of its own: "...to 95 N Furnace Rd.\nIago Zhvania IV"
        "signed_last_line",
        "NAME",
        rf"\n[ \t]*((?:{CAPW}|{ALLCAPSW})(?:[ \t]+(?:{CAPW}|{ALLCAPSW})){{1,2}}(?:[ \t]+{NAME_SUFFIX})?)[ \t]*{_THEN_PHONE_LINE}\Z",
        group=1,
        proper="name",
        gate=Anchor(rf"\n[^\n]{{3,50}}{_THEN_PHONE_LINE}\Z", 1, 60),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Please send the corrected bill to 68 S Way.\nKlara Yaghlichyan II", "Klara Yaghlichyan II"),
            ("email ktansathit@wijesinghe.com. \nKhomkhai Tanthanut\n1-502-318-3797", "Khomkhai Tanthanut"),
            ("Please lock it.\nAKALANKA WIJERATNE\n318.659.8011", "AKALANKA WIJERATNE"),
        ),
    ),
    Rule(
        # a name after thanks, before a number or the end: "Thank you, beatris +1-802-934-9630"
        "thanks_name",
        "NAME",
        rf"""
        \b(?i:thank[ \t]+you|thanks|thx|regards|sincerely|cheers)[ \t]*[,!.\-]*[ \t\n]+
        ({_SIGNED_NAME})(?=[ \t]*(?:\n|\Z|[+(]|\d{{3}}))
        """,
        re.X,
        group=1,
        proper="leading_name",
        gate=keywords("thank thanks thx regards sincerely cheers", 60),
        recognizer=NAME_RECOGNIZER,
        examples=(("needs a note faxed to 381 877 6520. Thank you, beatris +1-802-934-9630", "beatris"),),
    ),
    Rule(
        # a person in lower case before "(son)": "Emergency contact:konstantine (son) 359.403.7784"
        "relation_after_lower",
        "NAME",
        rf"(?<![\w'’\-])({_LOWER_WORD}(?:[ \t]{_LOWER_WORD})?),?[ \t]+\((?i:{_ROLES_IN_PARENS})\)",
        group=1,
        proper="leading_name",
        gate=Anchor(
            r"\((?i:wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|niece|nephew|aunt"
            r"|uncle|grand|cousin|neighb|caregiver|guardian|sibling|child|parent|proxy)",
            40,
            30,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(("Emergency contact:konstantine (son) 359.403.7784", "konstantine"),),
    ),
    Rule(
        # a name at the head of a note, before its age: "obretim montyanov iv, 104 y.o., terminal dx"
        "name_before_age",
        "NAME",
        rf"""
        (?:^|(?<=[.:;]\s))({_ANY_CASE_PERSON}),[ \t]+\d{{1,3}}[ \t]*
        (?i:y/?o\b|y\.o\.|yrs?\b|years?[ \t-]+old|-year-old|yo\b)
        """,
        re.M | re.X,
        group=1,
        proper="leading_name",
        gate=Anchor(r",[ \t]+\d{1,3}[ \t]*(?i:y|-y)", 60, 8),
        recognizer=NAME_RECOGNIZER,
        examples=(("Hospice RN visit note\nobretim montyanov iv, 104 y.o., terminal dx", "obretim montyanov iv"),),
    ),
    Rule(
        # initials on a signature's delimiter line, "-- " as mail programs write it, whatever follows:
        # "Pastor Ruot can vouch for us.\n-- PB\nLink: http://..."; not a word or a clinical abbreviation
        "signature_delimiter_initials",
        "NAME",
        rf"^[ \t]*--[ \t]?(?!(?:{CRED_RE})\b)((?:[{UP}]\.[ \t]?){{2,3}}|[{UP}]{{2,3}}|(?:[a-z]\.){{2,3}}|[a-z]{{2,3}})[ \t]*$",
        re.M,
        group=1,
        strong=True,
        proper="initials",
        gate=Anchor(r"(?m)^[ \t]*--[ \t]?[A-Za-z]", 0, 16),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Pastor Ruot can vouch for us.\n-- PB\nLink: http://portal.example.org", "PB"),
            ("pastor batz can vouch for us.\n-- fpg\ndl# h06912912.", "fpg"),
        ),
    ),
    Rule(
        # initials a message is signed with, at its end: "- E.S.", "~BS", "Best,\nSJ", "Notes by BK",
        # "thx B.P."; not a clinical abbreviation or a word ("- PT", "thx OK")
        "signed_initials",
        "NAME",
        rf"""
        (?:(?:^|\n)[ \t]*[-~–—]{{0,2}}[ \t]*
          |\b(?i:notes[ \t]+by|signed|thanks|thx|ty|thank[ \t]+you|best|regards|cheers)[ \t]*[,.!]?[ \t\n]+
          |[ \t][-~–—][ \t]*|[.!?,][ \t]+)
        (?!(?:{CRED_RE}|CHW|MSW|LPC|RDH|CGC)\b)  # a credential ends a signature, it is not one: ", DPT"
        ((?:[{UP}]\.[ \t]?){{2,3}}|[{UP}]{{2,3}}|(?:[a-z]\.){{2,3}})[ \t]*{_THEN_PHONE_LINE}\Z
        """,
        re.X,
        group=1,
        strong=True,
        proper="initials",
        gate=Anchor(rf"[A-Za-z]\.?[ \t]?[A-Za-z]\.?[ \t]*{_THEN_PHONE_LINE}\Z", 40, 2),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("my acct 5430480737\n- E.S.", "E.S."),
            ("member ID is L46391126-03.\n\nBest,\nCS", "CS"),
            ("Community Clinic fax 383.676.7167. Notes by K.P.", "K.P."),
            ("appt anytime b4 the 20th. thx!! :)\n-- AU\n881 251 2256\n", "AU"),
            ("Nobody called to confirm. \n\nS.P.\nSent from my iPhone", "S.P."),
            ("Home address 496 Mendis Ter, Sam Khok, OH 45368. Please advise, KS", "KS"),
        ),
    ),
    Rule(
        # initials that close a paragraph, not the whole message (a reply or a "ps" follows): "Keep the
        # patch 21 mg on. RKK\n\nsorry for ...", "a new form each school year. -- RMK, RDH"; not a word
        # or a clinical abbreviation ("on. OK", "stable. CT")
        "paragraph_signed_initials",
        "NAME",
        rf"[.!?][ \t]+((?:[{UP}]\.){{2,3}}|[{UP}]{{2,4}}){_SIGNER_CREDENTIAL}[ \t]*(?=\n[ \t]*\n|\n?\Z)",
        group=1,
        strong=True,
        proper="initials",
        gate=Anchor(r"[A-Z]\.?[A-Z][^\n]{0,12}\n?(?:[ \t]*\n|\Z)", 4, 16),
        recognizer=NAME_RECOGNIZER,
        examples=(("Keep the nicotine patch 21 mg on. RKK\n\nsorry for the late reply", "RKK"),),
    ),
    Rule(
        # initials after a dash at a line's end, as a note's writer signs an entry: "Callback 614 660
        # 3881. -NWH\nRide home: ...", "Our fax is 1-586-547-4417. -- FHK", "school year. -- RMK, RDH"
        "dash_signed_initials",
        "NAME",
        rf"[ \t]--?[ \t]?((?:[{UP}]\.){{2,3}}|[{UP}]{{2,4}}){_SIGNER_CREDENTIAL}[ \t]*(?=\n|\Z)",
        group=1,
        strong=True,
        proper="initials",
        gate=Anchor(r"[ \t]-", 0, 16),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Our fax for the Medi-Cal form is 1-586-547-4417. -- FHK", "FHK"),
            ("Reply: Yes, a new form each school year. -- RMK, RDH\n\n--\nAzad", "RMK"),
            ("patient called from Kent; doing well. Callback 614 660 3881. -NWH\nRide home: son", "NWH"),
        ),
    ),
    Rule(
        # initials after a label that says who did it, in a form's cell: "Checked out by:\tXAH", "Picked
        # up by: TTG"; the label's colon or the form's tab is required ("poisoning by OP, she ..." is a
        # poison); not an abbreviation or a word ("Reviewed by: MD", "Entered by: SEX" stays)
        "initials_after_by",
        "NAME",
        r"\b(?:(?i:[a-z]+(?:[ \t]+(?:out|in|up|off))?[ \t]+by)(?:[ \t]*[:\-][ \t]*|\t[ \t]*)"
        r"|(?i:noted|taken|entered|recorded|charted|initialed|logged)[ \t]+(?i:by)[ \t]+"
        r"|(?i:given|printed|scored|drawn|collected|witnessed|verified|prepared)[ \t]+(?i:by)[ \t]+)"
        # then the line's end, a cell's, or the clock time it was done: "Taken by: FNM 12:00 AM"; or to
        # whom, when, or the credential after it: "Given by SG to Yasmina, RN", "Scored by AT, RPSGT"
        r"([A-Z]{2,4})(?=[ \t]*(?:$|\t|\||\d{1,2}:\d{2}|\d{1,2}/\d{1,2}|,[ \t]*[A-Z]|(?:to|on)\b))",
        re.M,
        group=1,
        strong=True,
        proper="initials",
        gate=keywords("by", 30, 24),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Dx:\tM17.11\nChecked out by:\tXAH\n", "XAH"),
            ("expires 02/24/2026.\nTaken by: FNM 12:00 AM", "FNM"),
            ("[7:37 AM] Chair desk: thanks, noted by YJA", "YJA"),
            ("call Rachna (son) if changes.\nGiven by SG to Yasmina, RN\n", "SG"),
            ("on DreamStation 2 (serial SZY4503087).\nScored by KT, RPSGT. Interpreted by", "KT"),
        ),
    ),
    Rule(
        # initials before the signer's name in brackets: "e-signed GC (Gregorio Cepeda, MD)"
        "initials_before_signer",
        "NAME",
        r"\b(?i:e-?signed|signed|cosigned|initialed)[ \t]+([A-Z]{2,4})(?=[ \t]+\([A-Z])",
        group=1,
        strong=True,
        proper="initials",
        gate=keywords("signed esigned cosigned initialed", 16),
        recognizer=NAME_RECOGNIZER,
        examples=(("e-signed GC (Gregorio Cepeda, MD) (lic RN97890)", "GC"),),
    ),
    Rule(
        # a chat's staff member named by initials after the service that speaks: "[11:25 AM] Clinic (NAK):
        # Hi", "[4:46 PM] Nutrition Services (VC): Yes"
        "chat_service_initials",
        "NAME",
        r"^[ \t]*\[[^\]\n]{3,24}\][ \t]+(?:[A-Za-z][A-Za-z&'’\-]*[ \t]+){0,3}[A-Za-z][A-Za-z'’\-]*[ \t]+"
        r"\(([A-Z]{2,4})\)[ \t]*:",
        re.M,
        group=1,
        strong=True,
        proper="initials",
        gate=Anchor(r"\([A-Z]{2,4}\)[ \t]*:", 60, 2),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("[11:25 AM] Clinic (NAK): Hi Mr. Chikoyak, what do you need?", "NAK"),
            ("[4:46 PM] Nutrition Services (VC): Yes, traditional food is welcome.", "VC"),
        ),
    ),
    Rule(
        # a signature block: a name on its own line above the writer's job title ("Visal Prom\nPrivacy
        # Officer, Health Information Management")
        "name_above_job_title",
        "NAME",
        rf"(?:^|\n)[ \t]*((?:{NAMETOK})(?:[ \t]+(?:{PARTICLE}[ \t]+)?(?:{NAMETOK})){{1,3}})[ \t]*\n[ \t]*"
        r"(?:[A-Z][A-Za-z]+[ \t]+){0,3}(?:Officer|Manager|Coordinator|Director|Specialist|Supervisor|Administrator"
        r"|Navigator|Counselor|Advocate|Liaison|Representative|Analyst|Clerk|Scheduler)\b",
        group=1,
        proper="name",
        gate=keywords(
            "officer manager coordinator director specialist supervisor administrator navigator counselor "
            "advocate liaison representative analyst clerk scheduler",
            4,
            before=60,
            cased=True,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("write to travel.desk@example.org.\n\nVisal Prom\nPrivacy Officer, Health Information", "Visal Prom"),
        ),
    ),
    Rule(
        # a service member named after the rank: "My spouse PO2 Srey Mom Touch gets deployment orders",
        # "SSgt Nanaluk"; ranks that are also clinical words ("Lt", "Col", "Maj") are left out
        "ranked",
        "NAME",
        rf"\b(?:PO[1-3]|CPO|SSgt|SSG|SGT|Sgt|Cpl|CPL|LCpl|SPC|PFC|Pvt|Capt|CPT|1LT|2LT|LtCol|CDR|Cmdr|TSgt|MSgt|SrA|Ens)\.?"
        rf"[ \t]+((?:{NAMETOK})(?:[ \t]+(?:{PARTICLE}[ \t]+)?(?:{NAMETOK})){{0,3}})",
        group=1,
        proper="name",
        # the rank's letters as a word ("PO2" is read as "PO", "1LT" as "LT")
        gate=keywords(
            "po cpo ssgt ssg sgt cpl lcpl spc pfc pvt capt cpt lt ltcol cdr cmdr tsgt msgt sra ens",
            70,
            before=3,
            cased=True,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(("My spouse PO2 Srey Mom Touch gets deployment orders for September", "Srey Mom Touch"),),
    ),
    Rule(
        # the signer's initials in brackets at the end of the signature line: "Electronically signed by
        # Kok Enuol, CCC-SLP on 09/06/2026 6:20 PM (KE)"
        "signature_line_initials",
        "NAME",
        r"\b(?i:signed)[ \t]+(?i:by)\b[^\n]{3,120}?\(((?:[A-Z]\.?){2,4})\)[ \t]*$",
        re.M,
        group=1,
        strong=True,
        proper="initials",
        gate=keywords("signed", 140),
        recognizer=NAME_RECOGNIZER,
        examples=(("Electronically signed by Kok Enuol, CCC-SLP on 09/06/2026 6:20 PM (KE)", "KE"),),
    ),
    Rule(
        # a nurse or aide named by initials after the role, at a line's end, as a worksheet or a bulleted
        # note records who did it: "* Nurse YK", "Aide: KKMA"; not an abbreviation or a word ("Nurse PRN",
        # "Nurse ST" stays: "st" is a word); the role in lower or title case, since "TRIAGE NURSE NOTE" is
        # a heading
        "role_initials",
        "NAME",
        r"\b(?:[Nn]urse|[Aa]ide|[Tt]ech|[Cc]oach|[Ss]cribe)[ \t]*:?[ \t]+([A-Z]{2,4})[ \t]*$",
        re.M,
        group=1,
        strong=True,
        proper="initials",
        gate=keywords("nurse aide tech coach scribe", 12),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("* Frame picked Mar 17, voucher 166327\n* Nurse YK\n\nps my", "YK"),
            ("* Nurse KKMA\n\nAcct", "KKMA"),
        ),
    ),
    Rule(
        # a speaker's name in a chat transcript: "[18:30] Pun (pharmacy tech): Hi!", "[8:03] PRAJNAN
        # 'TIGER' UKYAV: CAN YOU ..."; the roles a chat shows instead of a name stay
        "chat_speaker",
        "NAME",
        rf"""
        ^[ \t]*\[(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?,?[ \t]+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?(?i:am|pm))?\][ \t]+
        (?!(?i:guest|agent|visitor|caller|patient|user|bot|system|you|me|auto|support|pharmacy|nurse|operator)\b)
        (?!(?:[{UP}{LO}]+[ \t]+){{0,2}}(?i:{_SERVICE_SPEAKERS})[ \t]*:)   # "Seating clinic:", "Case manager:"
        ((?:[{UP}{LO}]\.[ \t]?)?{_ANY_CASE_PERSON})(?=[ \t]*(?:\([^)\n]{{0,30}}\))?[ \t]*:)   # "K. Cadet"
        """,
        re.M | re.X,
        group=1,
        strong=True,
        gate=Anchor(r"\[(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]+)?\d{1,2}:\d{2}", 0, 60),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Chat transcript\n[18:30] Pun (pharmacy tech): Hi! How can I help?", "Pun"),
            ("[8:03] PRAJNAN 'TIGER' UKYAV: CAN YOU CONFIRM", "PRAJNAN 'TIGER' UKYAV"),
            ("[10/17/2025, 8:14 PM] Nishant: @nirav pls pick up", "Nishant"),
            ("Nani answered\n[3:10 PM] K. Cadet: safety plan reviewed", "K. Cadet"),
        ),
    ),
    Rule(
        # a person addressed by a chat handle, the "@" with it as a handle is written: "@nirav pls pick
        # up", "@natan_y: on my way" (an e-mail address has its local part before the "@" and is the
        # e-mail rule's)
        "chat_handle",
        "NAME",
        r"""
        (?<![\w.@+\-])(@
        (?!(?i:home|bedtime|hs|night|noon|work|school|rest|baseline|here|all|everyone|channel)\b)
        [A-Za-z][\w.\-]{0,28}[A-Za-z0-9])(?![\w@]|\.[A-Za-z]{2,}\b)
        """,
        re.X,
        group=1,
        gate=Anchor(r"@[A-Za-z]", 2, 34),
        examples=(
            ("[6:05 PM] Rania: @rose pls pick up her refill", "@rose"),
            ("[12/27 1:29 PM] @natan_y: on my way", "@natan_y"),
        ),
    ),
    Rule(
        # the signer of a form written in the first person: "I, A-rum Kang, date of birth ...",
        # "I, Man, hereby authorize"
        "i_name_comma",
        "NAME",
        r"""
        \bI,[ \t]+([^\W\d_][\w'’]*+(?:-[\w'’]++)*+(?:[ \t]+[^\W\d_][\w'’]*+(?:-[\w'’]++)*+){0,3}),[ \t]+
        (?=(?i:date[ \t]+of[ \t]+birth|dob|born|residing|hereby|authori[sz]e|the[ \t]+undersigned|being|request))
        """,
        re.X,
        group=1,
        strong=True,
        gate=keywords("i", 50, before=2, cased=True),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("To whom it may concern,\n\nI, A-rum Kang, date of birth 05-18-97, SSN", "A-rum Kang"),
            ("I, Man, hereby authorize the release", "Man"),
        ),
    ),
    Rule(
        # a name holding a quoted nickname, in any case: 'Heman "Sunny" Giri', "bijesh 'sunny' rathaur";
        # the nickname between two name words says it is a person's name wherever it stands
        "nicknamed",
        "NAME",
        rf"(?<![\w'’\-])({_NAME_PIECE}[ \t]+{_NICKNAME}[ \t]+{_NAME_PIECE})(?![\w'’\-])",
        group=1,
        strong=True,
        proper="leading_name",
        gate=Anchor(r"[ \t][\"“'‘][A-Za-z]{2,15}[\"”'’][ \t]", 40, 30),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ('also Jagannath "Raj" Thakuri wants to know if', 'Jagannath "Raj" Thakuri'),
            ("a nurse named bijesh 'sunny' rathaur (badge b25-56137)", "bijesh 'sunny' rathaur"),
        ),
    ),
    Rule(
        # the display name of an e-mail's sender or recipient: "From: LOHNI, Susma <susma@...>"
        "email_header_name",
        "NAME",
        r"^[ \t>]*(?i:from|to|cc|bcc|reply-to)[ \t]*:[ \t]*"
        r"([^<>\n,;:@ \t][^<>\n,;:@]{0,39}?(?:,[ \t]*[^<>\n,;:@ \t][^<>\n,;:@]{0,29}?)?)[ \t]*<[^<>\n@ ]+@[^<>\n ]+>",
        re.M,
        group=1,
        strong=True,
        proper="name",
        gate=Anchor(r"<[^<>\n@ ]+@", 80, 60),
        recognizer=NAME_RECOGNIZER,
        examples=(("Begin forwarded message:\n\nFrom: LOHNI, Susma <susma.lohni@outlook.com>\nSent:", "LOHNI, Susma"),),
    ),
    Rule(
        # the writer of a quoted message: "> On May 9, Kamna "Mimi" Tandukar wrote:"
        "reply_header_name",
        "NAME",
        r"^[ \t>]*On[ \t][^\n]{3,60}?,[ \t]+([^\n,<>]{2,50}?)[ \t]*(?:<[^<>\n]*>[ \t]*)?wrote:",
        re.M,
        group=1,
        strong=True,
        proper="name",
        gate=keywords("wrote", 4, before=120),
        recognizer=NAME_RECOGNIZER,
        examples=(("see it.\n\n> On 12/10/2026, Miyeong Song wrote:\n> Please", "Miyeong Song"),),
    ),
    Rule(
        # a patient handed over between carers, or whose refill is asked for: "handing off Ju-won to
        # you", "refill for ha-yun yang the semaglutide pen"
        "handed_off_or_refill_for",
        "NAME",
        rf"""
        \b(?i:handing[ \t]+off|handed[ \t]+off|hand[ \t]+off|refill[ \t]+for|refills[ \t]+for)[ \t]+
        ({_ANY_CASE_PERSON})(?=[ \t]+(?i:to|the|for|at|on)\b|{_NAME_ENDS})
        """,
        re.X,
        group=1,
        proper="leading_name",
        gate=keywords("handing handed hand refill refills", 60, before=4),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("hey Hyeon-u - handing off Ju-won to you for the weekend.", "Ju-won"),
            ("Guest: refill for chhetan dhanavat the tiotropium pen", "chhetan dhanavat"),
        ),
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
        # who signed a form, after its signature label: "client signature: oliyavan agalarivan",
        # "Signature: R.S.", "Patient signature: BA"
        "signature_label",
        "NAME",
        rf"""
        {_SIGNATURE_LABEL}
        ({_SIGNED_NAME})[ \t]*$
        """,
        re.M | re.X,
        group=1,
        proper="leading_name",
        gate=keywords("signature signed", 60, before=40),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Billing: Wellmark waiver, HCPCS T1019\nclient signature: oliyavan agalarivan\n", "oliyavan agalarivan"),
        ),
    ),
    Rule(
        # and the initials a form is signed with: "client signature: BA", "Signature: R.S."
        "signature_label_initials",
        "NAME",
        rf"{_SIGNATURE_LABEL}((?:[{UP}{LO}]\.){{2,3}}|[{UP}{LO}]{{2,3}})[ \t]*$",
        re.M,
        group=1,
        proper="initials",
        gate=keywords("signature signed", 20, before=40),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Billing: Wellmark waiver, HCPCS T1019\nclient signature: BA\n", "BA"),
            ("client signature: N.N.\n", "N.N."),
        ),
    ),
    Rule(
        # initials before a credential, after a dash or an "attn": "-- he RN", "attn A.V., RN"; the
        # credential says these letters are a person, so even a word's letters ("he") count
        "initials_before_credential",
        "NAME",
        rf"""
        (?:[ \t]-{{1,2}}|\b(?i:attn|attention)\.?:?)[ \t]+
        ((?:[{UP}{LO}]\.){{2,3}}|[{UP}{LO}]{{2,3}})(?=,?[ \t]+(?:RN|LPN|LVN|CNA|CMA|MA|NP|PA|MD|DO|RT|PT|OT|LCSW|CRNA)\b)
        """,
        re.X,
        group=1,
        strong=True,
        gate=keywords("rn lpn lvn cna cma ma np pa md do rt pt ot lcsw crna", 2, before=16),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("Called pt at 775-2014 - spouse  -- ub RN\n", "ub"),
            ("Please fax forms to 242-6360 attn A.V., RN.", "A.V."),
        ),
    ),
    Rule(
        # the initials in a table's last column, under a header that names who did it ("| Init |",
        # "| RT |", "| By |"): each row of a vial, flowsheet or medication table is signed so
        "table_initials",
        "NAME",
        # in a signed column a clinical abbreviation's letters are still initials ("UG", "AA"); only
        # what such a column writes instead of a signer stays
        rf"^[ \t]*\|[^\n]*\|[ \t]*(?!{_NOT_A_SIGNER}[ \t]*\|)([A-Z]{{2,3}})[ \t]*\|[ \t]*$",
        re.M,
        group=1,
        strong=True,
        gate=keywords("init initials inits rt rn by nurse sig staff tech", 1500, before=2, cased=True),
        recognizer=NAME_RECOGNIZER,
        examples=(
            (
                "| Date | Vial | Lot | Dose | Arm | Init |\n|---|---|---|---|---|---|\n| 9/22 | Blue 1:10 | P8860T | 0.06 mL | L | UG |",
                "UG",
            ),
            ("| Time | Mode | VT | RR | PEEP | SpO2 | RT |\n| 1230 | AC/VC | 366 | 20 | 13 | 98 | AB |\n", "AB"),
        ),
    ),
    Rule(
        # the initials in a column headed by who did it, in a pipe or a tab table ("Date\tTime\tDose\tInit",
        # "| station | HR | RPE | staff |"): the header, not a word nearby, says the letters are people
        "signed_column_initials",
        "NAME",
        rf"^[^\n]*(?:\|[ \t]*|\t)(?!{_NOT_A_SIGNER}[ \t]*\|?[ \t]*$)([A-Z]{{2,3}})[ \t]*\|?[ \t]*$",
        re.M,
        group=1,
        strong=True,
        gate=Anchor(_SIGNER_HEADER, 0, 600, re.M),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("DOT log\nDate\tTime\tDose\tInit\n9/5\t9:30\ttaken\tSK\n10/25\t8:15\tmissed\tEM\n", "SK"),
            ("| station | HR | RPE | staff |\n| 1 | 79 | 11 | HS |\n| 2 | 105 | 15 | RT |\n", "RT"),
        ),
    ),
    Rule(
        # the initials after the role of who handled a specimen, a dose or a procedure: "Embryologist: LN
        # Witness: AO", "Verified by: KM"; "N/A" and "NA" are what such a field holds when nobody did
        "initials_after_handler",
        "NAME",
        r"\b(?:Embryologist|Witness|Technologist|Sonographer|Phlebotomist|Pharmacist|Circulator|Scrub|Perfusionist"
        r"|Checked[ \t]by|Verified[ \t]by|Double[- ]checked[ \t]by|Co-signed[ \t]by)[ \t]*:[ \t]*"
        r"(?!NA\b|N/A)([A-Z]{2,3}|(?:[A-Z]\.){2,3})(?=[ \t]{2,}|[ \t]*$|[ \t]*[,;|])",
        re.M,
        group=1,
        strong=True,
        gate=keywords(
            "embryologist witness technologist sonographer phlebotomist pharmacist circulator scrub perfusionist "
            "checked verified double co",
            24,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(("CPT 89280, 89258.\nEmbryologist: ZN  Witness: AO\nLab director: S. A", "AO"),),
    ),
    Rule(
        # who printed or entered a record, then when: "Printed by CT on 07/22/2026". A printout is
        # printed by a person, so here even a modality's letters ("CT", "RT", "ED") are initials
        "initials_printed_on",
        "NAME",
        r"\b(?i:printed|entered|faxed|transcribed)[ \t]+(?i:by)[ \t]+([A-Z]{2,3})(?=[ \t]+(?:on|at)[ \t]+\d)",
        group=1,
        strong=True,
        gate=keywords("printed entered faxed transcribed", 30),
        recognizer=NAME_RECOGNIZER,
        examples=(("MRN\t2191548870\nPrinted by CT on 07/22/2026 12:15\nVisit for", "CT"),),
    ),
    Rule(
        # the initials of who printed, entered or charted a record: "Printed 09/29/2024 by AA from
        # workstation 10.4.2.1", "entered by KM"
        "initials_by_recorder",
        "NAME",
        r"\b(?i:printed|entered|charted|documented|recorded|verified|witnessed|prepared|scanned|faxed|transcribed"
        r"|received|triaged)(?:[ \t]+[^\s]{1,12}){0,2}?[ \t]+(?i:by)[ \t]+"
        r"(?!(?:IV|IM|PO|SC|SQ|RN|MD|NP|PA|PT|OT|RT|EMS|ED|ER|OR|ICU|FAX|EHR|EMR|HIM|LAB|CT|MRI|US)(?![\w.]))"
        r"([A-Z]{2,3})(?!\w|\.\w)",
        group=1,
        strong=True,
        gate=keywords(
            "printed entered charted documented recorded verified witnessed prepared scanned faxed transcribed received "
            "triaged",
            40,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("copied.\nPrinted 09/29/2024 by AA from workstation 192.168.1.4", "AA"),
            ("---- staff use ----\nReceived 7/11 by SA. Scheduled for sick call", "SA"),
        ),
    ),
    Rule(
        # initials that sign a note's last sentence, with their credential: "RTC 2 wks. NC, CNM";
        # the comma and the credential after a full stop say these letters are a person
        "initials_credential_after_sentence",
        "NAME",
        rf"(?<=[.!?])[ \t]+([{UP}]{{2,3}}|(?:[{UP}]\.){{2,3}}),[ \t]+(?:RN|LPN|LVN|CNA|NP|PA|MD|DO|CNM|CRNA|LCSW)\b",
        group=1,
        strong=True,
        proper="initials",
        gate=keywords("rn lpn lvn cna np pa md do cnm crna lcsw", 2, before=16),
        recognizer=NAME_RECOGNIZER,
        examples=(("Labor and Delivery tour May 27th.\nRTC 2 wks. NC, CNM\n", "NC"),),
    ),
    Rule(
        # the initials a dictation ends with, the dictating clinician's and the transcriptionist's,
        # written or spoken: "End of dictation. JD/mk", "end of dictation period TM slash mt"
        "dictation_initials",
        "NAME",
        r"\b(?i:end[ \t]+of[ \t]+dictation)(?:[ \t]*[.:]|[ \t]+(?i:period))?\s*([A-Za-z]{2,3})"
        r"(?:[ \t]*/[ \t]*|[ \t]+(?i:slash)[ \t]+)([A-Za-z]{2,3})\b",
        group=1,
        strong=True,
        also=(Also(2, "NAME", "dictation_initials", strong=True),),
        gate=keywords("dictation", 40, before=8),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("99214 period end of dictation period TM slash mt", "TM"),
            ("Plan as above.\nEnd of dictation. JD/mk", "mk"),
        ),
    ),
    Rule(
        # a nurse's initials and credential on a line of their own, signing a note: "A.P. RN"
        "initials_credential_line",
        "NAME",
        rf"^[ \t]*((?:[{UP}]\.){{2,3}}|[{UP}]{{2,3}})[ \t]+(?:RN|LPN|LVN|CNA|CMA|MA|NP|PA|MD|DO|RT|LCSW|CRNA)[ \t]*$",
        re.M,
        group=1,
        strong=True,
        proper="initials",
        gate=keywords("rn lpn lvn cna cma ma np pa md do rt lcsw crna", 2, before=12),
        recognizer=NAME_RECOGNIZER,
        examples=(("Routed to Dr. Amarasinghe's nurse (Rheumatology).\nA.P. RN", "A.P."),),
    ),
    Rule(
        # a nurse's or an aide's initials after the role's label, alone on the line: "RN: SU"
        "initials_after_role",
        "NAME",
        rf"^[ \t]*(?:RN|LPN|LVN|CNA|Nurse|Tech|Aide|Scribe|Interpreter)[ \t]*:[ \t]*((?:[{UP}{LO}]\.){{2,3}}|[{UP}{LO}]{{2,3}})[ \t]*$",
        re.M,
        group=1,
        strong=True,
        proper="initials",
        gate=keywords("rn lpn lvn cna nurse tech aide scribe interpreter", 12, before=2),
        recognizer=NAME_RECOGNIZER,
        examples=(("Transport: family, van plate DZ 273K\nRN: kc\n\nADDENDUM", "kc"),),
    ),
    Rule(
        # a name alone on its line, closing a reply above the message it quotes: "sathya\n\n> On ..."
        "name_above_quote",
        "NAME",
        rf"(?:^|\n)[ \t]*\n[ \t]*({_NAME_PIECE}(?:[ \t]+{_NAME_PIECE})?)[ \t]*\n\s*>",
        group=1,
        proper="leading_name",
        gate=Anchor(r"\n[ \t]*>", 60, 2),
        recognizer=NAME_RECOGNIZER,
        examples=(("the old one is gone.\n\nsathya\n\n> On Monday 7 July 2025 at 10:03 AM, K wrote:", "sathya"),),
    ),
    Rule(
        # a name typed in answer to a chatbot, before the date of birth: "User: sathiyavani 21/10/1979"
        "chat_name_before_dob",
        "NAME",
        rf"""
        ^[ \t]*(?:\[[^\]\n]{{1,12}}\][ \t]*)?(?i:user|patient|me|guest|customer|client|visitor|member)[ \t]*:[ \t]+
        ({_NAME_PIECE}(?:[ \t]+(?!{_DOB_WORD}){_NAME_PIECE}){{0,2}}),?[ \t]+
        (?=\d{{1,2}}[/\-.\ ](?:\d{{1,2}}|[A-Za-z]{{3,9}})[/\-.\ ,]+\d{{2,4}})
        """,
        re.M | re.X,
        group=1,
        proper="leading_name",
        gate=keywords("user patient me guest customer client visitor member", 60, before=20),
        recognizer=NAME_RECOGNIZER,
        examples=(
            ("[21:17] Bot: Your full name and date of birth?\n[21:18] User: sathiyavani 21/10/1979", "sathiyavani"),
            ("[21:18] User: Nikola Mihajlovski-Babych 10/19/2014", "Nikola Mihajlovski-Babych"),
        ),
    ),
    Rule(
        # a person named by whose parent or partner writes: "HI its AGARNA (shekhar's dad/mom)"
        "name_of_whose_relative",
        "NAME",
        rf"""
        (?<![\w'’\-])({_ANY_CASE_SURNAME})['’]s[ \t]+
        (?i:dad|mom|mum|mother|father|parents?|guardian|grandma|grandpa|grandmother|grandfather|caregiver|wife|husband)\b
        """,
        re.X,
        group=1,
        proper="leading_name",
        gate=keywords(
            "dad mom mum mother father parent parents guardian grandma grandpa grandmother grandfather caregiver wife "
            "husband",
            2,
            before=24,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(("HI its AGARNA (shekhar's dad/mom) - cant make appt 3/24", "shekhar"),),
    ),
    Rule(
        # a staff member signing a telephone note with their role: "Ishak Abeywardena (PSR)"
        "name_before_staff_role",
        "NAME",
        rf"^[ \t]*({NAME_SEQ_NOCOMMA})[ \t]*\((?:PSR|CSR|PSA|PSS|MA|CMA|RN|LPN|LVN|(?i:scheduler|front[ \t]+desk|registration|receptionist|scribe|operator))\)",
        re.M,
        group=1,
        strong=True,  # the role in brackets says a person signs, whatever the name reads like ("Ishak")
        proper="name",
        gate=Anchor(
            r"\((?:PSR|CSR|PSA|PSS|MA|CMA|RN|LPN|LVN|(?i:scheduler|front desk|registration|receptionist|scribe|operator))\)",
            60,
            2,
        ),
        recognizer=NAME_RECOGNIZER,
        examples=(("Routed to Dr. Samaraweera's nurse (Neurology).\nIshak Abeywardena (PSR)", "Ishak Abeywardena"),),
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
