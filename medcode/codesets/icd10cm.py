"""ICD-10-CM titles and inclusion terms as dictionary terms for the coder.

Codes are keyed in CodiEsp gold form (lower case, dotted, 7th letter dropped), the label
space the coder learns; `medcode.coding.codes.to_product` maps them back to billable codes.
"""

from __future__ import annotations

import functools
import re

from medcode.codesets import years
from medcode.codesets.validity import icd10cm


def fold(code: str) -> str:
    """Product ICD-10-CM code -> CodiEsp form: lower case, 7th character dropped when a letter."""
    c = code.strip().lower().replace(".", "")
    if len(c) == 7 and c[6].isalpha():
        c = c[:6]
    return c[:3] + "." + c[3:] if len(c) > 3 else c


@functools.lru_cache(maxsize=1)
def terms() -> list[tuple[str, str, str]]:
    """(folded code, term, source) for every code title ("title") and inclusion term ("incl").

    Chapters and blocks are skipped; extended codes whose 7th character is a letter fold onto
    their parent and add nothing, so they are skipped too.
    """
    cm = icd10cm()
    out: list[tuple[str, str, str]] = []
    for code in cm.get_all_codes(with_dots=True):
        if cm.is_chapter_or_block(code):
            continue
        bare = code.replace(".", "")
        if len(bare) == 7 and bare[6].isalpha():
            continue
        key = fold(code)
        out.append((key, cm.get_description(code), "title"))
        for inc in cm.get_inclusion_term(code):
            out.append((key, inc, "incl"))
    return out


@functools.lru_cache(maxsize=4096)
def title(code: str) -> str:
    """Title of a folded or product code ('' when the code is not in the FY2026 tabular)."""
    cm = icd10cm()
    c = code.strip().upper()
    for cand in (c, c + "A", c[:3] + "." + c[3:] if "." not in c and len(c) > 3 else c):
        if cm.is_valid_item(cand):
            return cm.get_description(cand)
    return ""


@functools.lru_cache(maxsize=8192)
def to_product(folded: str) -> str:
    """CodiEsp-form code -> product code: upper case, the 7th letter 'A' added when required.

    'A' (initial encounter) is the letter inferable from a single note. A code that was billable
    when CodiEsp was annotated and has since been split (R51 headache, R05 cough, M54.5 low back
    pain) becomes its one "…, unspecified" child (R51.9, R05.9, M54.50), as a code-set conversion
    maps it: the note supported the code without the detail the split asks for. A code still
    billable in an older year held (G35 in FY2025) stays, so a date of service in that year gets
    it and one in FY2026 sends it to a person with its children. Otherwise, when no form is a
    billable FY2026 code, the upper-cased code is returned and the validity and billable checks
    flag it for a person.
    """
    c = folded.strip().upper()
    cm = icd10cm()
    if cm.is_valid_item(c) and cm.is_leaf(c):
        return c
    bare = c.replace(".", "")
    if 3 <= len(bare) <= 6:  # "T14.90" -> T14.90XA, "T07" -> T07.XXXA; "E11" has no such form
        padded = bare.ljust(6, "X")
        cand = padded[:3] + "." + padded[3:] + "A"
        if cm.is_valid_item(cand):
            return cand
    if cm.is_valid_item(c) and not _billable_in_an_earlier_year(c):
        unspecified = [k for k in cm.get_children(c) if cm.is_leaf(k) and _UNSPECIFIED.search(cm.get_description(k))]
        if len(unspecified) == 1:
            return unspecified[0]
    return c


def _billable_in_an_earlier_year(code: str) -> bool:
    """Billable in an older year the checks still hold (FY2025): a note with a date of service in
    that year is coded with it (G35, split in FY2026), so it is not converted."""
    if 2025 not in years.available_years():
        return False
    old = years.fy2025_codes().get(code)
    return old is not None and old.billable


_UNSPECIFIED = re.compile(r", unspecified$")
