"""Consistent date shifting: every date in a note moves by the same number of days and keeps
its written format, so intervals between dates (and the clinical timeline) survive."""

from __future__ import annotations

import datetime as dt
import re

from medcode.deid.lexicon import MONTH_ABBR, MONTHS

_MONTHS = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTHS.update({a.lower(): (i if i < 8 else i) + 1 for i, a in enumerate(MONTH_ABBR[:8])})
_MONTHS.update({"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
_MON_NAME = r"(?P<mon>[A-Za-z]{3,9})\.?"
_ORD = r"(?P<ord>st|nd|rd|th)?"

_FORMATS = [
    re.compile(r"^(?P<y>\d{4})(?P<s1>[-/.])(?P<m>\d{1,2})(?P=s1)(?P<d>\d{1,2})(?P<rest>.*)$"),
    re.compile(r"^(?P<m>\d{1,2})(?P<s1>[-/.])(?P<d>\d{1,2})(?P=s1)(?P<y>\d{2}|\d{4})$"),
    re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})$"),
    re.compile(rf"^(?P<d>\d{{1,2}})(?P<s1>[-/ ]){_MON_NAME}(?P<s2>[-/ ,]+)(?P<y>\d{{2}}|\d{{4}})$"),
    re.compile(rf"^{_MON_NAME}(?P<s1>[ \t]+)(?P<d>\d{{1,2}}){_ORD}(?:(?P<s2>,?[ \t]+(?:of[ \t]+)?)(?P<y>\d{{4}}))?$"),
    re.compile(
        rf"^(?P<the>the[ \t]+)?(?P<d>\d{{1,2}}){_ORD}(?P<s1>[ \t]+(?:of[ \t]+)?){_MON_NAME}(?:(?P<s2>,?[ \t]+)(?P<y>\d{{4}}))?$",
        re.I,
    ),
    re.compile(rf"^{_MON_NAME}(?P<s1>[ \t]+(?:of[ \t]+)?)(?P<y>\d{{4}})$"),
]


def _ordinal(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _month_word(orig: str, m: int) -> str:
    full = MONTHS[m - 1]
    o = orig.rstrip(".")
    word = full if len(o) > 4 or o.lower() == full.lower() else full[:3]
    if orig.isupper():
        word = word.upper()
    elif orig.islower():
        word = word.lower()
    return word + ("." if orig.endswith(".") and len(word) == 3 else "")


def _pad(orig: str, v: int) -> str:
    return f"{v:0{len(orig)}d}" if len(orig) == 2 else str(v)


def shift_date(s: str, days: int) -> str | None:
    """Return `s` moved by `days` in the same format, or None when `s` is not parseable."""
    for i, rx in enumerate(_FORMATS):
        m = rx.match(s.strip())
        if not m:
            continue
        g = m.groupdict()
        try:
            if g.get("mon") is not None:
                mon = _MONTHS.get(g["mon"].lower())
                if mon is None:
                    return None
            else:
                mon = int(g["m"])
            day = int(g["d"]) if g.get("d") else 15
            ystr = g.get("y")
            year = (
                int(ystr) + (2000 if int(ystr) < 50 else 1900)
                if ystr and len(ystr) == 2
                else int(ystr)
                if ystr
                else 2001
            )
            new = dt.date(year, mon, day) + dt.timedelta(days=days)
        except (ValueError, OverflowError):
            return None
        ny = f"{new.year % 100:02d}" if ystr and len(ystr) == 2 else str(new.year)
        if i == 0:
            return f"{new.year}{g['s1']}{_pad(g['m'], new.month)}{g['s1']}{_pad(g['d'], new.day)}{g['rest']}"
        if i == 1:
            return f"{_pad(g['m'], new.month)}{g['s1']}{_pad(g['d'], new.day)}{g['s1']}{ny}"
        if i == 2:
            return f"{new.month}/{new.day}"
        if i == 3:
            return f"{_pad(g['d'], new.day)}{g['s1']}{_month_word(g['mon'], new.month)}{g['s2']}{ny}"
        if i == 4:
            out = f"{_month_word(g['mon'], new.month)}{g['s1']}{new.day}{_ordinal(new.day) if g['ord'] else ''}"
            return out + (f"{g['s2']}{ny}" if ystr else "")
        if i == 5:
            out = f"{g['the'] or ''}{new.day}{_ordinal(new.day) if g['ord'] else ''}{g['s1']}{_month_word(g['mon'], new.month)}"
            return out + (f"{g['s2']}{ny}" if ystr else "")
        if i == 6:
            new = dt.date(year, mon, 15) + dt.timedelta(days=days)
            return f"{_month_word(g['mon'], new.month)}{g['s1']}{new.year}"
    return None
