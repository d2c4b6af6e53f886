"""E-mail, URL, IP address, SSN, phone and fax rules."""

from __future__ import annotations

import re

from medcode.deid.rule import Anchor, Rule, keywords


def phone_type(m: re.Match) -> str:
    """FAX when "fax"/"facsimile" is the last phone-ish word before the number, else PHONE."""
    value_start = m.start(1) if m.re.groups else m.start()
    before = m.string[max(0, m.start() - 25) : value_start].lower().rsplit("\n", 1)[-1]
    fax = max(before.rfind("fax"), before.rfind("facsimile"))
    phone = max(before.rfind(w) for w in ("phone", "tel", "cell", "mobile", "pager", "call"))
    return "FAX" if fax > phone else "PHONE"


_TLD = r"(?:com|org|net|edu|gov|info|biz|io|co|us|uk|health|care|me|ly|mil|int)"
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# a phone number's extension: "x 474", "ext. 2068", "x.992", and the dialling pauses a phone
# book writes before one ("(676) 949-5469,,4816")
_EXTENSION = r"[ \t]*(?:x\.?|ext\.?|extension)[ \t]*\d{1,5}|,{1,2}\d{1,5}"

RULES: tuple[Rule, ...] = (
    Rule(
        "email",
        "EMAIL",
        r"(?<![\w.%+\-])[\w.%+\-]+@[\w\-]++(?:\.[\w\-]++)*\.[A-Za-z]{2,}\b",  # letters of any script
        strong=True,
        gate=Anchor(r"@", 70, 80),
        examples=(
            ("Email john.smith@example.com today.", "john.smith@example.com"),
            ("Email: fehintola.sproģe68@yahoo.com.ar", "fehintola.sproģe68@yahoo.com.ar"),
        ),
    ),
    Rule(
        "url",
        "URL",
        r"\b(?:https?://|ftp://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:]",
        re.I,
        strong=True,
        gate=keywords("http https ftp www", 200),
        examples=(("Images at https://pacs.example.org/study/123 are ready.", "https://pacs.example.org/study/123"),),
    ),
    Rule(
        "domain",
        "URL",
        rf"""
        (?<![@\w.])
        (?:[a-z0-9\-]++\.)+{_TLD}                   # host.example.org (labels cannot hold a dot)
        (?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:])?       # optional path, not ending in punctuation
        (?![\w@])
        """,
        re.I | re.X,
        gate=Anchor(rf"\.(?i:{_TLD})(?![A-Za-z])", 80, 80),
        examples=(("Portal: mychart.example.org for results.", "mychart.example.org"),),
    ),
    Rule(
        "ipv4",
        "IP",
        rf"(?<![\d.])(?:{_OCTET}\.){{3}}{_OCTET}(?!\d|\.\d|/\d)",
        strong=True,
        gate=Anchor(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d", 2, 16),
        examples=(("Accessed from workstation IP 10.105.76.7.", "10.105.76.7"),),
    ),
    Rule(
        "ipv6",
        "IP",
        r"""
        (?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])                        # full form
        | (?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){0,6}[0-9a-f]{1,4}(?![\w:])  # with ::
        """,
        re.I | re.X,
        gate=Anchor(r"[0-9A-Fa-f]{1,4}::?[0-9A-Fa-f]{0,4}:", 45, 45),
        examples=(("Host 2001:db8:85a3::8a2e:370:7334 logged in.", "2001:db8:85a3::8a2e:370:7334"),),
    ),
    Rule(
        "ssn",
        "SSN",
        r"(?<![\d\-])(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}(?![\d\-])",
        strong=True,
        gate=Anchor(r"\d{3}[- ]\d{2}[- ]\d{4}", 2, 2),
        examples=(("SSN 123-45-6789 on file.", "123-45-6789"),),
    ),
    Rule(
        "ssn_label",
        "SSN",
        r"""
        \b(?:SSN|SS\#|Social\ Security(?:\ Number|\ No\.?)?|SS\ No\.?)[ \t]*[:#]?[ \t]*
        (\d{3}[- ]?\d{2}[- ]?\d{4}|\*{3}-?\*{2}-?\d{4}|X{3}-?X{2}-?\d{4})   # also masked forms
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("ssn ss social", 45),
        examples=(("Social Security Number: XXX-XX-6789", "XXX-XX-6789"),),
    ),
    Rule(
        "phone",
        phone_type,
        rf"""
        (?<![\w/.\-])
        (?:(?:\+?1|001)[ \t.\-]?)?                    # country code
        (?:\(\d{{3}}\)[ \t]?|\d{{3}}[ \t.\-/])\d{{3}}[ \t.\-]\d{{4}}           # "732/665-9435" too
        (?:{_EXTENSION})?
        (?![\w/\-]|\.\d)
        """,
        re.I | re.X,
        strong=True,
        gate=Anchor(r"\d{3}[ \t.\-]\d{4}(?!\d)", 25, 20),
        examples=(
            ("Call 555-123-4567 for results.", "555-123-4567"),
            ("Fax: (555) 765-4321", "(555) 765-4321"),
            ("| satomi sato | 732/665-9435", "732/665-9435"),
            ("New cell 830-805-5272 x.992. Old one", "830-805-5272 x.992"),
            ("callback number?\nGuest: (676) 949-5469,,4816 or my sister", "(676) 949-5469,,4816"),
        ),
    ),
    Rule(
        "phone_intl",
        phone_type,
        r"(?<![\w/])\+\d{1,3}[ \t.\-]?(?:\(\d{1,4}\)[ \t.\-]?)?\d{1,4}(?:[ \t.\-]\d{2,4}){2,4}(?![\w/])",
        gate=Anchor(r"\+\d", 1, 30),
        examples=(("Cell: +44 20 7946 0958", "+44 20 7946 0958"),),
    ),
    Rule(
        "phone_uk",
        phone_type,
        r"""
        (?<![\w/])
        (?:\+44[ \t]?(?:\(0\)[ \t]?)?\d{2,4}|\(0\d{2,4}\)|0\d{2,4})   # area code
        [ \t]?\d{3,4}[ \t]?\d{3,4}
        (?![\w/]|\.\d)
        """,
        re.X,
        gate=Anchor(r"\d{3,4}[ \t]?\d{3,4}(?!\d)", 20, 14),
        examples=(("Ring the ward on 0161 496 0000 today.", "0161 496 0000"),),
    ),
    Rule(
        "phone_bare",
        phone_type,
        r"(?<![\w/.,\-])\d{10,11}(?:(?:,{1,2}|[ \t]*(?i:x\.?|ext\.?|extension)[ \t]*)\d{1,5}(?![\w/]|[.,]\d)|(?![\w/,]|\.\d))",  # with its extension
        gate=Anchor(r"\d{10}", 2, 16),
        examples=(
            ("Reach her at 5551234567 after noon.", "5551234567"),
            ("daughter 4695948980,,3675, email", "4695948980,,3675"),
            ("Fax results: 8594070364 x 1758\n\nINDICATION", "8594070364 x 1758"),
        ),
    ),
    Rule(
        "phone_eu",
        phone_type,
        r"""
        (?<![\w/.])
        (?:\(\d{2,4}\)[ \t]?\d{3}-\d{3}                 # (91) 123-456
        | 0\d{2,4}[ \t]\d{2,3}(?:[ \t]\d{2,3}){1,3})    # 030 12 34 56
        (?![\w/]|[.,]\d)
        """,
        re.X,
        gate=Anchor(r"\(\d{2,4}\)|0\d{2,4}[ \t]\d", 1, 25),
        examples=(("Contact the clinic on 030 123 45 67.", "030 123 45 67"),),
    ),
    Rule(
        "phone_pairs",
        phone_type,
        r"""
        (?<![\w/.\-])
        (?:\d{2}-\d{2}-\d{2}-\d{2}(?:-\d{2})?   # 01-23-45-67(-89)
        | 0\d{3}-\d{6,7}                        # 0123-4567890
        | \d{2}[ \t]\d{3}[ \t]\d{3}[ \t]\d{2})  # 12 345 678 90
        (?![\w/\-]|[.,]\d)
        """,
        re.X,
        gate=Anchor(r"\d{2}[- \t]\d{2,3}[- \t]\d{2,3}|0\d{3}-\d", 2, 16),
        examples=(("Her number is 06-12-34-56-78 at home.", "06-12-34-56-78"),),
    ),
    Rule(
        "phone_local",
        phone_type,
        r"(?<![\w/.\-])\d{3}[-.]\d{4}(?![\w/\-]|[.,]\d)",  # 7-digit local number, near a phone word
        gate=keywords(
            "phone tel telephone cell mobile pager fax number call reach text ph ext home work at", 40, before=40
        ),
        examples=(
            ("my new number is 555-1234. thanks", "555-1234"),
            ("Discussed with her daughter at 210-6096 this morning.", "210-6096"),
        ),
    ),
    Rule(
        "phone_label",
        phone_type,
        rf"""
        \b(?:phone|tel|telephone|cell|mobile|pager|beeper|fax|facsimile|contact\ number|call\ back)
        [ \t]*(?:\#|no\.?|number)?[ \t]*[:#]?[ \t]*
        (\+?[\d(][\d()\-. \t]{{6,18}}\d(?:{_EXTENSION})?)   # the number
        """,
        re.I | re.X,
        group=1,
        strong=True,
        gate=keywords("phone tel telephone cell mobile pager beeper fax facsimile contact call", 50),
        examples=(("Pager: 4 1234 5678", "4 1234 5678"),),
    ),
)
