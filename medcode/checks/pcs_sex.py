"""ICD-10-PCS codes that only make sense for one sex.

Rules, in order (first match wins):
1. By section and body system: 0U (medical-surgical, female reproductive), BU
   (imaging, female reproductive), BY (imaging, fetus and obstetrical), DU (radiation
   therapy, female reproductive) and section 1 (Obstetrics) -> F; 0V, BV, CV (nuclear
   medicine) and DV (the male reproductive system) -> M.
2. Any other code whose title names a sex-specific organ or system: female terms
   (uterus, ovary, fallopian tube, vagina, cervix, vulva, clitoris, hymen, endometrium,
   "female", fetus, products of conception, placenta, pregnancy) -> F; male terms
   (prostate, testis, scrotum, penis, vas deferens, seminal vesicle, spermatic cord,
   epididymis, "male") -> M; a title with both -> no rule.
This covers administration into products of conception (3E0E...), arteries such as the uterine
and prostatic arteries (04L...), and the perineum (0W...M female / male).
"""

from __future__ import annotations

import functools
import re

from medcode.codesets.validity import pcs_titles

_FEMALE_BODY_SYSTEMS = frozenset({"0U", "BU", "BY", "DU"})
_MALE_BODY_SYSTEMS = frozenset({"0V", "BV", "CV", "DV"})
_FEMALE = re.compile(
    r"\b(uterus|uterine|ovary|ovaries|ovarian|fallopian|vagina|vaginal|cervix|vulva|"
    r"clitoris|hymen|endometri\w*|female|fetus|fetal|obstetric\w*|products of conception|"
    r"placenta|pregnan\w*)\b",
    re.I,
)
_MALE = re.compile(
    r"\b(prostate|prostatic|testis|testes|testicles?|testicular|corpora cavernosa|scrotum|scrotal|penis|penile|"
    r"vas deferens|seminal vesicles?|spermatic cords?|epididym\w*|male)\b",
    re.I,
)


def _sex_of(code: str, title: str) -> str | None:
    if code[:2] in _FEMALE_BODY_SYSTEMS or code.startswith("1"):
        return "F"
    if code[:2] in _MALE_BODY_SYSTEMS:
        return "M"
    f, m = bool(_FEMALE.search(title)), bool(_MALE.search(title))
    if f != m:
        return "F" if f else "M"
    return None


@functools.lru_cache(maxsize=1)
def pcs_sex_table() -> dict[str, str]:
    """PCS code -> 'F' or 'M' for every sex-specific code (for inspection and tests, ~2 s)."""
    out = {}
    for code, title in pcs_titles().items():
        sex = _sex_of(code, title)
        if sex:
            out[code] = sex
    return out


@functools.cache
def required_sex(code: str) -> str | None:
    """'F', 'M' or None for a 7-character PCS code (decided per code, cached)."""
    title = pcs_titles().get(code)
    return _sex_of(code, title) if title is not None else None
