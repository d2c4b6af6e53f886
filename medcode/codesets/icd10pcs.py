"""ICD-10-PCS titles for full codes and for the 4-character prefixes CodiEsp-P allows."""

from __future__ import annotations

import functools
import re

from medcode.codesets.validity import pcs_titles

_CUT = re.compile(r",| using | with ")


@functools.lru_cache(maxsize=1)
def _by_prefix() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, t in sorted(pcs_titles().items()):
        out.setdefault(code[:4], _CUT.split(t, maxsplit=1)[0].strip())
    return out


def title(code: str) -> str:
    """Title of a PCS code; a 4-character prefix gets its first code's title up to the approach
    or qualifier ("BW03" -> "Plain Radiography of Chest"); '' when unknown."""
    c = code.strip().upper()
    if len(c) == 7:
        return pcs_titles().get(c, "")
    if len(c) == 4:
        return _by_prefix().get(c, "")
    return ""
