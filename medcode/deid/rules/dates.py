"""Dates (numeric, with month names, labelled, month alone after a preposition, a weekday with its
day, a day of the month alone or month-day with a hyphen after a preposition, holidays)."""

from __future__ import annotations

import re

from medcode.deid.lexicon import MONTHS
from medcode.deid.patterns import DATE_MONTH, DATE_NUM, DAY, MON, MONTH_ANY, ORD, YEAR, YEAR4
from medcode.deid.rule import Also, Anchor, Rule, keywords

MONTH_WORDS = " ".join(m.lower() for m in MONTHS) + " jan feb mar apr jun jul aug sep sept oct nov dec"
WEEKDAY_WORDS = "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday"
WEEKDAY = "(?:" + "|".join(sorted(WEEKDAY_WORDS.split(), key=len, reverse=True)) + ")"  # longest first
# What may follow "on the 13th" when it is a date: the end of the clause, or a word that starts the
# next one; "on the 3rd day", "from the 5th rib" are followed by the thing counted instead.
_AFTER_DAY = (
    r"(?=[ \t]*(?:$|[.,;:!?)\n]|(?:at|and|or|but|when|so|i|we|he|she|they|my|for|to|please|pls|because|with|around"
    r"|about|morning|afternoon|evening|night|can|could|instead|if|was|is|will|would|did|then|on|after|before"
    r"|acct|account|thx|thanks)\b))"
)
_MON_CAPS = "(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"  # a month as a printed label writes it
# the words before a date a patient writes with no month or year: "bill for the 3rd", "fly out 6-2"
_DAY_BEFORE = (
    r"(?:on|since|from|until|till|as\ of|by|starting|starts|before|after|confirming|for|out|do"
    r"|come|comes|coming|arrive|arrives|due|(?:appointment|appt|visit|delivery)[ \t]+(?:is|was))"  # "come the 29th"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "date_num",
        "DATE",
        rf"(?<![\w/.\-])(?:{DATE_NUM})(?![\w/])",
        re.I,
        strong=True,
        gate=Anchor(r"\d{1,4}(?:[-/.]\d|[-/ ][A-Za-z]{3}|(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Z])", 12, 40),
        examples=(
            ("Admitted on 3/4/26 with chest pain.", "3/4/26"),
            ("Surgery on 04-Mar-2026 went well.", "04-Mar-2026"),
            ("Seen on 25.01.2022 in clinic.", "25.01.2022"),
        ),
    ),
    Rule(
        "date_month",
        "DATE",
        rf"(?<![\w/.\-])(?:{DATE_MONTH})(?![\w/])",
        re.I,
        strong=True,
        gate=keywords(MONTH_WORDS, 40, 30),
        examples=(("Seen on March 4th for follow-up.", "March 4th"), ("Diagnosed in March 2019.", "March 2019")),
    ),
    Rule(
        "date_md",
        "DATE",
        rf"""
        \b(?:on|since|from|until|till|dated?|as\ of|through|thru|starting|effective|DOB|DOS|D\.O\.B\.?
        |visit|appointment|appt|admitted|discharged|review|next(?:[ \t]+[a-z]{{3,12}})?|RTC|f/u|follow-?up|recheck
        |return|signed|today|due|(?:re)?scheduled(?:[ \t]+(?:for|to))?|moved[ \t]+to|booked(?:[ \t]+for)?
        |faxed|mailed|e-?mailed|day[ \t]+(?:was|is))[ \t:]+
        ({MON}/{DAY})(?![\d/])   # 3/4 with no year
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords(
            "on since from until till dated date as through thru starting effective dob dos d visit appointment appt"
            " admitted discharged review next rtc f u follow followup up recheck return signed today due scheduled"
            " rescheduled moved booked faxed mailed emailed e day",
            36,
        ),
        examples=(
            ("Stopped warfarin on 3/14 before surgery.", "3/14"),
            ("records from Mercy Hospital; release signed 10/13. Printed", "10/13"),
            ("Next visit 2/6.", "2/6"),
            ("refer to Behavioral Health. RTC 3/10. Bill 99213.", "3/10"),
            ("Rescheduled for 10/2, 8-12 window.", "10/2"),
            ("Billing 93288. Next remote 7/31. Dr. Y", "7/31"),
            ("Staff note: letter faxed 2/23, 99080 form fee waived.", "2/23"),
            ("Can you fax the form? Her last day was 8/7.\n1. light duty", "8/7"),
        ),
    ),
    Rule(
        # a day, a month's abbreviation and a two-digit year run together, as a record header or a
        # lab label prints them: "DOB: 16FEB99", "collected 03SEP47"; in capitals, as printed
        "date_compact_short_year",
        "DATE",
        rf"(?<![\w/.\-])({DAY}{_MON_CAPS}\d{{2}})(?![\w/])",
        group=1,
        strong=True,
        gate=Anchor(rf"\d{_MON_CAPS}\d\d", 2, 4),
        examples=(("NAME: HANBALI, MAHA   MRN: 529190209   DOB: 19APR30   AGE: 95", "19APR30"),),
    ),
    Rule(
        # a day heading an item of a dated list: "- 5/13  OPEN", "- Wed 3/5  Sujata  maqluba"
        "date_md_list",
        "DATE",
        rf"^[ \t]*[-*•][ \t]*(?:{WEEKDAY}\.?[ \t]+)?({MON}/{DAY})(?![\d/])(?=[ \t]{{2,}}|[ \t]*$|[ \t]+[-–:])",
        re.I | re.M,
        group=1,
        strong=True,
        gate=Anchor(r"(?m)^[ \t]*[-*•][ \t]*(?:[A-Za-z]{3,9}\.?[ \t]+)?\d{1,2}/\d{1,2}", 0, 24),
        examples=(("Sign-ups:\n- 5/12  OPEN\n- 5/13  OPEN\n- 5/14  Fouad  upma", "5/13"),),
    ),
    Rule(
        "date_md_signed",
        "DATE",
        rf"""
        ^[ \t]*(?:(?:Dictated|Signed|Transcribed|Electronically\ signed|Dict\.|Reviewed)\b[^\n]{{0,80}}?[ \t])?
        ({MON}/{DAY})[ \t]*$   # 3/4 with no year: the date of a signature line, or a line of its own
        """,
        re.I | re.M | re.X,
        group=1,
        strong=True,
        gate=Anchor(r"\d{1,2}/\d{1,2}[ \t]*(?:\n|$)", 100, 2),
        examples=(
            ("Dictated: Ruth Purmale, MD  5/17\n", "5/17"),
            ("Springfield 62704\n\n2/10\n\nDear Dr Yaw,", "2/10"),
        ),
    ),
    Rule(
        # the first day of a range whose end is plainly a date: "Dates off are 5/5 through May 18",
        # "5/5 - 5/18/2024"
        "date_md_range_start",
        "DATE",
        rf"""
        (?<![\w/.\-])({MON}/{DAY})(?![\d/])[ \t]*(?:to|through|thru|until|till|-|–)[ \t]*
        (?:{MON}/{DAY}/{YEAR}(?![\d/])|{MONTH_ANY}[ \t]+{DAY}\b)
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=Anchor(r"\d{1,2}/\d{1,2}[ \t]*(?:to|through|thru|until|till|-|–)[ \t]*(?:\d|[A-Za-z]{3})", 0, 16),
        examples=(("Dates off are 5/5 through May 18, 2024 for my pneumonia", "5/5"),),
    ),
    Rule(
        # both days of a range of days away: "missed school 12/8 to 12/10", "out of work 3/2-3/6"; a
        # score's range ("pain 3/10 to 5/10") has no such words before it
        "date_md_range_away",
        "DATE",
        rf"""
        \b(?:missed|off|out|away|absent|excused|leave|vacation|school|work)[ \t]+(?:[a-z]+[ \t]+){{0,2}}?
        ({MON}/{DAY})(?![\d/])[ \t]*(?:to|through|thru|until|till|-|–)[ \t]*({MON}/{DAY})(?![\d/])
        """,
        re.I | re.X,
        group=1,
        strong=True,
        also=(Also(2, "DATE", "date_md_range_away", strong=True),),
        gate=keywords("missed off out away absent excused leave vacation school work", 40),
        examples=(("My son (DOB 09/26/2012) missed school 12/8 to 12/10 with strep.", "12/8"),),
    ),
    Rule(
        # a day with its clock time: a log or timesheet row ("2/28  8:00-5:30  laundry"), a chat's
        # stamp ("[2/22 10:22 AM] Kobi:", "[5/30, 10:00 am]"), an addendum's ("ADDENDUM 10/11 0242:")
        "date_md_time",
        "DATE",
        # a score out of ten before a time ("Pain 7/10 10:00") is not a day
        rf"(?<![\w/.\-:])(?<!(?i:pain)[ \t])(?<!(?i:pain):[ \t])(?<!(?i:score)[ \t])({MON}/{DAY})(?![\d/])"
        rf"(?=,?[ \t]+(?:\d{{1,2}}:\d{{2}}|(?:[01]\d|2[0-3])[0-5]\d:))",
        group=1,
        strong=True,
        gate=Anchor(r"\d{1,2}/\d{1,2},?[ \t]+\d{1,2}:?\d{2}", 6, 16),
        examples=(
            ("03/02/2026  8:00-2:00  bath\n2/28  8:00-5:30  laundry, shopping", "2/28"),
            ("fell again\n[12/27 1:26 PM] Ayala: omg", "12/27"),
            ("[5/30, 10:00 am] mahendrabhai:", "5/30"),
            ("voicemail received 7/25 3:05 pm duration 0:51", "7/25"),
            ("vitals back-charted.\nADDENDUM 10/11 0242: spoke with sister", "10/11"),
        ),
    ),
    Rule(
        # a day after the clock time it was signed or witnessed at, as a form's last line writes it:
        # "witness Visal Svay, RN, 4:00 PM 8/9."
        "date_md_after_time",
        "DATE",
        rf"(?<=\d:\d\d)[ \t]?(?i:am|pm|a\.m\.|p\.m\.)?,?[ \t]+({MON}/{DAY})(?![\d/])(?=[ \t]*(?:[.;)]|\n|\Z))",
        group=1,
        strong=True,
        gate=Anchor(r"\d:\d\d[ \t]?(?i:am|pm|a\.m\.|p\.m\.)?,?[ \t]+\d{1,2}/\d{1,2}", 2, 12),
        examples=(("witness Visal Svay, RN, 4:00 PM 8/9.", "8/9"),),
    ),
    Rule(
        # a month with its year in digits: "mammogram 12/2025", "diagnosed 06/2024" (more specific
        # than a year, so Safe Harbor removes it)
        "date_month_year_num",
        "DATE",
        rf"(?<![\w/.\-:])({MON}/{YEAR4})(?![\w/]|[ \t]*dilution)",
        re.I,
        group=1,
        strong=True,
        gate=Anchor(r"\d/(?:1[89]|20)\d\d", 2, 16),
        examples=(
            ("ER+/PR+/HER2- (C50.911), diagnosed 06/2024\nTrial", "06/2024"),
            ("Oncology q3-6 mo; mammogram 12/2025. Diary", "12/2025"),
        ),
    ),
    Rule(
        "date_label",
        "DATE",
        rf"""
        \b(?:DOB|D\.O\.B\.?|DOS|date\ of\ birth|birth\ ?date|born(?:\ on)?
        | date\ of\ (?:admission|discharge|service|death|surgery|visit|procedure|exam|encounter|injury|consult)
        | admission\ date|discharge\ date|admit\ date|admitted|discharged|service\ date|visit\ date|date|dod|deceased
        | (?:admit|admission|disch|discharge|visit|service|surgery|appt|appointment|procedure)\.?[ \t]+dt\.?)
        [ \t]*[:#]?[ \t]*
        ((?:{MON}[/.\-]{DAY}[/.\-]{YEAR}|{YEAR4}[/.\-]{MON}[/.\-]{DAY}|\d{{8}}|{MON}[/.\-]{DAY}))(?![\d/])
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords(
            "dob d dos date birth birthdate born admission discharge admit admitted discharged service visit dod deceased "
            "disch appt appointment surgery procedure",
            60,
        ),
        examples=(
            ("DOB: 07/19/1931", "07/19/1931"),
            ("Admission Date: 12.01.2024", "12.01.2024"),
            ("Admit Dt: 3/4   Disch Dt: 3/7", "3/7"),
        ),
    ),
    Rule(
        "month_alone",
        "DATE",
        rf"""
        \b(?:in|on|since|during|until|of|early|late|mid|mid-|last|next|by|from|through|before|after|this)[ \t\-]+
        ((?:{"|".join(m for m in MONTHS if m != "May")}))(?![\w])   # not "May" (the verb)
        """,
        re.I | re.X,
        group=1,
        gate=keywords(MONTH_WORDS, 14, 12),
        examples=(("Symptoms began in October and worsened.", "October"),),
    ),
    Rule(
        "date_weekday",
        "DATE",
        rf"""
        (?<![\w])({WEEKDAY}\.?,?[ \t]+   # the weekday belongs to the date it names
        (?:the[ \t]+{DAY}{ORD} | {MON}/{DAY}(?:/{YEAR})? | {YEAR4}-{MON}-{DAY} | {MONTH_ANY}[ \t]+{DAY}{ORD}?
         | {DAY}{ORD}?[ \t]+(?:of[ \t]+)?{MONTH_ANY}))(?![\w/])
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords(WEEKDAY_WORDS, 30),
        examples=(
            ("we leave fri the 13th.", "fri the 13th"),
            ("surgery on Wed 6/17 went ok", "Wed 6/17"),
            ("seen on Sunday, January 22 in clinic", "Sunday, January 22"),
            ("we fly on Saturday 20 December", "Saturday 20 December"),
            ("Visit: Wed 2025-11-19   Location: Eagan", "Wed 2025-11-19"),
        ),
    ),
    Rule(
        "date_ordinal_day",
        "DATE",
        rf"""
        \b{_DAY_BEFORE}[ \t]+
        (the[ \t]+{DAY}{ORD}){_AFTER_DAY}   # a day of the month alone: "since the 12th"
        """,
        re.I | re.X | re.M,
        group=1,
        strong=True,
        gate=Anchor(r"(?i)\bthe[ \t]+\d{1,2}(?:st|nd|rd|th)\b", 40, 20),
        examples=(
            ("mom passed away on the 10th at home", "the 10th"),
            ("im out of lasix since the 12th.", "the 12th"),
            ("I GOT A BILL FOR THE 30TH ACCT 5531", "THE 30TH"),
            ("my oxygen concentrator was supposed to come the 29th and never did", "the 29th"),
            ("he speak only Hebrew. appointment is the 18th with Dr. Kolhe", "the 18th"),
        ),
    ),
    Rule(
        "date_month_day_hyphen",
        "DATE",
        rf"""
        \b(?:on|since|until|till|for|out)[ \t]+   # not "from 4-5." or "by 2-3." (levels, amounts)
        ({MON}-{DAY})(?![\w/\-]){_AFTER_DAY}   # "since 2-9, not bad", "we fly out 6-2!"; not "for 1-2 days"
        """,
        re.I | re.X | re.M,
        group=1,
        strong=True,
        gate=Anchor(r"(?<![\w/.\-])\d{1,2}-\d{1,2}(?![\w/\-])", 40, 20),
        examples=(
            ("having chest pressure since 2-9, not bad now", "2-9"),
            ("i got a bill for 6-2 acct V50261095", "6-2"),
        ),
    ),
    Rule(
        "holiday",
        "DATE",
        r"""
        \b(Christmas(?:\ Eve|\ Day)? | New\ Year'?s(?:\ Eve|\ Day)? | Thanksgiving(?:\ Day)? | Easter(?:\ Sunday)?
        | Independence\ Day | Halloween | Memorial\ Day | Labor\ Day | Valentine'?s\ Day)\b
        """,
        re.X,
        group=1,
        gate=keywords(
            "christmas new thanksgiving easter independence halloween memorial labor valentine valentine's valentines",
            25,
        ),
        examples=(("She fell on Christmas Eve at home.", "Christmas Eve"),),
    ),
)
