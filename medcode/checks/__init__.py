"""Checks a coder expects on each ranked code: valid, billable, age/sex, Excludes1, PCS sex.

from medcode.checks import run_checks, Patient
failed = run_checks(ranked_codes, Patient(age=34, sex="F"))   # {(system, code): [names]}
"""

from medcode.checks.runner import (
    AGE,
    BILLABLE,
    CHECK_NAMES,
    EXCLUDES1,
    PCS_SEX,
    SEX,
    VALID_CODE,
    Patient,
    billable_children,
    run_checks,
)

__all__ = [
    "AGE",
    "BILLABLE",
    "CHECK_NAMES",
    "EXCLUDES1",
    "PCS_SEX",
    "SEX",
    "VALID_CODE",
    "Patient",
    "billable_children",
    "run_checks",
    "warm_up",
]


def warm_up() -> None:
    """Load every code set and table the checks use, so the first note is not slow."""
    from medcode.checks import excludes1
    from medcode.codesets import validity, years

    validity.icd10cm()
    validity.pcs_titles()
    validity.hcpcs_codes()
    validity.cpt_codes()
    if 2025 in years.available_years():  # dates of service in FY2025 (datasets/icd10cm_fy2025)
        years.fy2025_codes()
    excludes1.excluded_ranges("E11.9")  # compiles the note parser on a real code
