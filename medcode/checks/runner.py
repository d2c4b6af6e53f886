"""Run the coder's checks over one note's ranked codes."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from medcode.checks import demographics, excludes1, pcs_sex
from medcode.checks.assertion import ASSERTION_CHECK, assertion_fits
from medcode.codesets import validity, years
from medcode.codesets.systems import CodeSystem
from medcode.codesets.validity import UnknownCodeSystem

VALID_CODE = "valid_code"  # the code exists in the code-set year in effect (date of service)
BILLABLE = "billable"  # ICD-10-CM leaf (a category must be expanded: billable_children)
AGE = "age"  # ICD-10-CM age-specific code vs the patient's age
SEX = "sex"  # ICD-10-CM sex-specific code vs the patient's sex
EXCLUDES1 = "excludes1"  # lower-scored code of an Excludes1 pair among acceptance candidates
PCS_SEX = "pcs_sex"  # ICD-10-PCS procedure on a sex-specific organ vs the patient's sex
CHECK_NAMES = (VALID_CODE, BILLABLE, AGE, SEX, EXCLUDES1, PCS_SEX)


@dataclass(frozen=True)
class Patient:
    """What the checks know about the patient; None = unknown, and then nothing fails."""

    age: float | None = None
    sex: str | None = None  # 'F' or 'M'

    def __post_init__(self) -> None:
        if self.age is not None:
            if isinstance(self.age, bool) or not isinstance(self.age, (int, float)):
                raise ValueError("Patient.age must be a number of years or None")
            if not math.isfinite(self.age) or not 0 <= self.age <= 150:
                raise ValueError("Patient.age must be between 0 and 150 years")
        if self.sex is not None and self.sex not in ("F", "M"):
            raise ValueError("Patient.sex must be 'F', 'M' or None")


class CodeLike(Protocol):
    system: str
    code: str
    score: float


def _is_candidate(item: CodeLike, threshold: float | None) -> bool:
    """An acceptance candidate: ``.accepted`` when the object says, else score >= threshold."""
    accepted = getattr(item, "accepted", None)
    if accepted is not None:
        return bool(accepted)
    return threshold is None or item.score >= threshold


def _single_code_failures(system: str, code: str, patient: Patient) -> list[str]:
    if not validity.is_valid(system, code):
        return [VALID_CODE]
    failed: list[str] = []
    if system == CodeSystem.ICD10CM:
        if not validity.is_billable(system, code):
            failed.append(BILLABLE)
        bare = code.replace(".", "")
        if patient.age is not None and not demographics.age_ok(bare, float(patient.age)):
            failed.append(AGE)
        if patient.sex is not None:
            need = demographics.required_sex(bare)
            if need is not None and need != patient.sex:
                failed.append(SEX)
    elif system == CodeSystem.ICD10PCS and patient.sex is not None:
        need = pcs_sex.required_sex(code)
        if need is not None and need != patient.sex:
            failed.append(PCS_SEX)
    return failed


def run_checks(
    codes: Iterable[CodeLike],
    patient: Patient | None = None,
    threshold: float | None = None,
    fiscal_year: int | None = None,
) -> dict[tuple[str, str], list[str]]:
    """Failed check names per ``(system, code)`` (as given; [] when all pass).

    ``fiscal_year`` (from ``years.year_for_date``) selects the ICD-10-CM year that ``valid_code``
    and ``billable`` check against; None keeps the year in effect (by default FY2026, or the one
    the caller set with ``years.icd10cm_year``, as the served pipeline does).

    Excludes1 is decided among acceptance candidates (``.accepted`` if the objects carry
    it, else ``score >= threshold``, else all codes) that pass every other check: in
    descending score order, a code that conflicts with a higher-scored kept code fails.
    """
    if fiscal_year is not None:
        with years.icd10cm_year(fiscal_year):
            return run_checks(codes, patient, threshold)
    patient = patient or Patient()
    items = list(codes)
    result: dict[tuple[str, str], list[str]] = {}
    normalized: dict[tuple[str, str], str] = {}
    for item in items:
        if item.system not in tuple(CodeSystem):
            raise UnknownCodeSystem(f"unknown code system {item.system!r}")
        if not isinstance(item.code, str):
            raise ValueError(f"code must be a str, got {type(item.code).__name__}")
        key = (item.system, item.code)
        if key in result:
            continue
        code = validity.normalize(item.system, item.code)
        normalized[key] = code
        result[key] = _single_code_failures(item.system, code, patient)

    candidates = sorted(
        (
            (i, item)
            for i, item in enumerate(items)
            if item.system == CodeSystem.ICD10CM
            and not result[(item.system, item.code)]
            and _is_candidate(item, threshold)
        ),
        key=lambda p: (-p[1].score, p[0]),
    )
    kept: list[str] = []
    for _, item in candidates:
        code = normalized[(item.system, item.code)]
        if any(excludes1.conflict(code, other) for other in kept):
            failures = result[(item.system, item.code)]
            if EXCLUDES1 not in failures:
                failures.append(EXCLUDES1)
        elif code not in kept:
            kept.append(code)
    return result


def note_failures(system: str, code: str, assertion: str) -> list[str]:
    """The checks a code fails whoever the patient and whatever else the note is coded with:
    code set (valid, billable) and assertion. Calibration checks count the codes that pass them
    as the codes serving would accept (age, sex and Excludes1 need the patient and the other
    codes, and rarely fail on CodiEsp)."""
    failed = _single_code_failures(system, validity.normalize(system, code), Patient())
    if not assertion_fits(system, code, assertion):
        failed.append(ASSERTION_CHECK)
    return failed


def billable_children(code: str) -> list[str]:
    """The billable ICD-10-CM codes under a category that failed ``billable``."""
    return validity.billable_children(code)
