"""Age- and sex-specific ICD-10-CM codes (Medicare Code Editor principles).

These lists are OURS, derived by hand from the ICD-10-CM FY2026 tabular chapters and
block titles following the principles of the CMS Medicare Code Editor (MCE) edits
"age conflict" and "sex conflict".  They are NOT the official MCE tables, which list
individual codes and change each year; ours work on code ranges and may miss or
over-include a few codes at the edges.

Ranges are inclusive and compare undotted code prefixes: ("D074", "D076") covers
D07.4, D07.5, D07.6 and all their children.
"""

from __future__ import annotations

import functools
import re

from medcode.checks.excludes1 import in_range

# Age bands (years; the patient's age is a float, so 0.5 = six months).
NEWBORN_MAX_AGE = 1.0  # age < 1
PEDIATRIC_MAX_AGE = 18.0  # age < 18
MATERNITY_AGE = (12.0, 55.0)  # inclusive; MCE uses a wider 9-64 band since v37
ADULT_MIN_AGE = 15.0  # MCE "adult" band starts at 15

# Perinatal (chapter 16) and newborn encounters: a newborn only.
NEWBORN = [("P00", "P96"), ("Z38", "Z38"), ("Z0011", "Z0011"), ("Z05", "Z05")]
# Routine child health examination.
PEDIATRIC = [("Z0012", "Z0012")]
# General adult medical examination.
ADULT = [("Z000", "Z000")]
# Pregnancy, childbirth, puerperium (chapter 15) and the pregnancy Z codes:
# a female of child-bearing age.
MATERNITY = [
    ("O00", "O9A"),
    ("Z33", "Z34"),
    ("Z36", "Z37"),
    ("Z39", "Z39"),
    ("Z3A", "Z3A"),
]
FEMALE_ONLY = MATERNITY + [
    ("N70", "N98"),  # diseases of female pelvic organs and genital tract
    ("N992", "N993"),  # postprocedural adhesions of vagina, vaginal vault prolapse
    ("C51", "C58"),  # malignant neoplasms of female genital organs
    ("D06", "D06"),  # carcinoma in situ of cervix uteri
    ("D070", "D073"),  # carcinoma in situ of endometrium, vulva, vagina, other female genital
    ("D25", "D28"),  # benign neoplasms of uterus, ovary, other female genital organs
    ("D39", "D39"),  # neoplasm of uncertain behaviour of female genital organs
    ("Q50", "Q52"),  # congenital malformations of female genital organs
    ("E28", "E28"),  # ovarian dysfunction
    ("R87", "R87"),  # abnormal findings in specimens from female genital organs
    ("Z0141", "Z0142"),  # gynaecological examination, cervical smear
    ("Z124", "Z124"),
    ("Z1272", "Z1273"),  # screening cervix, vagina, ovary
    ("Z320", "Z320"),  # pregnancy test
    ("Z3043", "Z3043"),  # surveillance of intrauterine contraceptive device
    ("Z8540", "Z8544"),
    ("Z854A", "Z854A"),  # history of female genital malignancy
    ("Z8742", "Z8742"),
    ("Z875", "Z875"),  # history of female genital disease, pregnancy complications
    ("Z9071", "Z9072"),  # acquired absence of cervix/uterus, ovaries
]
MALE_ONLY = [
    ("N40", "N53"),  # diseases of male genital organs
    ("C60", "C63"),  # malignant neoplasms of male genital organs
    ("D074", "D076"),  # carcinoma in situ of penis, prostate, other male genital
    ("D29", "D29"),  # benign neoplasms of male genital organs
    ("D40", "D40"),  # neoplasm of uncertain behaviour of male genital organs
    ("Q53", "Q55"),  # undescended testicle, hypospadias, other male genital malformations
    ("E29", "E29"),  # testicular dysfunction
    ("R86", "R86"),  # abnormal findings in specimens from male genital organs
    ("R972", "R972"),  # elevated PSA
    ("B260", "B260"),  # mumps orchitis
    ("Z125", "Z125"),
    ("Z1271", "Z1271"),  # screening prostate, testis
    ("Z8545", "Z8549"),  # history of male genital malignancy
]
# Breast cancer: C50.x1- is a female breast, C50.x2- a male breast.
_C50_FEMALE = re.compile(r"^C50\d1")
_C50_MALE = re.compile(r"^C50\d2")


def _any(code: str, ranges: list[tuple[str, str]]) -> bool:
    return any(in_range(code, r) for r in ranges)


@functools.cache
def required_sex(code: str) -> str | None:
    """'F', 'M' or None for an undotted ICD-10-CM code."""
    if _any(code, FEMALE_ONLY) or _C50_FEMALE.match(code):
        return "F"
    if _any(code, MALE_ONLY) or _C50_MALE.match(code):
        return "M"
    return None


@functools.cache
def _age_classes(code: str) -> tuple[bool, bool, bool, bool]:
    return _any(code, NEWBORN), _any(code, PEDIATRIC), _any(code, ADULT), _any(code, MATERNITY)


def age_ok(code: str, age: float) -> bool:
    """False when the undotted ICD-10-CM code is impossible at this age."""
    newborn, pediatric, adult, maternity = _age_classes(code)
    if newborn and age >= NEWBORN_MAX_AGE:
        return False
    if pediatric and age >= PEDIATRIC_MAX_AGE:
        return False
    if adult and age < ADULT_MIN_AGE:
        return False
    lo, hi = MATERNITY_AGE
    return not (maternity and not lo <= age <= hi)
