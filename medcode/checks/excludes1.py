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
        parsed = [m for m in (_ITEM_RE.match(p) for p in items) if m is not None]
        if not items or len(parsed) < len(items):
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


@functools.cache
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


@functools.cache
def _index(code: str) -> tuple[frozenset[str], tuple[Range, ...]]:
    """Single-prefix ranges as a set (checked by prefix lookup), true ranges as a tuple."""
    ranges = excluded_ranges(code)
    return frozenset(lo for lo, hi in ranges if lo == hi), tuple(r for r in ranges if r[0] != r[1])


def _hits(code_undotted: str, index: tuple[frozenset[str], tuple[Range, ...]]) -> bool:
    exact, ranges = index
    if exact and any(code_undotted[:k] in exact for k in range(3, len(code_undotted) + 1)):
        return True
    return any(in_range(code_undotted, r) for r in ranges)


def conflict(code_a: str, code_b: str) -> bool:
    """True when Excludes1 forbids coding the two dotted ICD-10-CM codes together."""
    return _conflict(code_a, code_b) if code_a <= code_b else _conflict(code_b, code_a)


@functools.lru_cache(maxsize=1 << 18)
def _conflict(code_a: str, code_b: str) -> bool:
    a, b = code_a.replace(".", ""), code_b.replace(".", "")
    if a.startswith(b) or b.startswith(a):
        return False  # a code and its own ancestor are a billable-check matter, not Excludes1
    return _hits(b, _index(code_a)) or _hits(a, _index(code_b))
