"""Excludes1 pairs from the ICD-10-CM tabular (``simple-icd-10-cm`` notes).

An Excludes1 note ("NOT CODED HERE") on a code or on any of its ancestors (category,
block, chapter) means the two conditions are never coded together.  The notes are
prose with code references in parentheses, e.g. ``type 1 diabetes mellitus (E10.-)``
or ``drug-induced interstitial lung disorder (J70.2-J70.4)``.  We take every
parenthesised group that is a pure list of codes and ranges; groups with extra
qualifiers ("with 7th character S", "with final characters -xx") and notes without
parentheses are skipped, so we miss a few pairs rather than flag wrong ones.
"""
from __future__ import annotations

import functools
import re

from medcode.codesets.validity import icd10cm

_CODE = r"[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]*)?"
_ITEM_RE = re.compile(rf"^({_CODE})(?:\.?-)?(?:-({_CODE})(?:\.?-)?)?$")
_GROUP_RE = re.compile(r"\(([^()]*)\)")

Range = tuple[str, str]  # undotted prefixes, lo and hi inclusive


def parse_note(note: str) -> list[Range]:
    """Code ranges referenced by one Excludes1 note; [] when it names none we trust."""
    out: list[Range] = []
    for group in _GROUP_RE.findall(note):
        items = [p.strip() for p in group.split(",")]
        parsed = [_ITEM_RE.match(p) for p in items]
        if not items or not all(parsed):
            continue
        for m in parsed:
            lo = m.group(1).replace(".", "")
            hi = (m.group(2) or m.group(1)).replace(".", "")
            out.append((lo, hi))
    return out


def in_range(code_undotted: str, rng: Range) -> bool:
    """True when the code (or its prefix) lies in the range of prefixes."""
    lo, hi = rng
    return code_undotted[: len(lo)] >= lo and code_undotted[: len(hi)] <= hi and len(code_undotted) >= len(lo)


@functools.lru_cache(maxsize=None)
def excluded_ranges(code: str) -> tuple[Range, ...]:
    """Excludes1 ranges that apply to a dotted ICD-10-CM code: its own and its ancestors'.

    Ranges that contain the code itself are dropped (a block-level note can name a
    neighbouring range that includes the code; it then cannot apply to that code).
    """
    cm = icd10cm()
    if not cm.is_valid_item(code):
        return ()
    own = code.replace(".", "")
    ranges: list[Range] = []
    for item in [code, *cm.get_ancestors(code)]:
        for note in cm.get_excludes1(item):
            for rng in parse_note(note):
                if not in_range(own, rng):
                    ranges.append(rng)
    return tuple(dict.fromkeys(ranges))


def conflict(code_a: str, code_b: str) -> bool:
    """True when Excludes1 forbids coding the two dotted ICD-10-CM codes together."""
    a, b = code_a.replace(".", ""), code_b.replace(".", "")
    if a.startswith(b) or b.startswith(a):
        return False  # a code and its own ancestor are a billable-check matter, not Excludes1
    return any(in_range(b, r) for r in excluded_ranges(code_a)) or any(
        in_range(a, r) for r in excluded_ranges(code_b)
    )
