"""Code forms: the CodiEsp gold form the coder learns in, and the product form it outputs.

`system` may be a `CodeSystem`, its name ("ICD-10-CM") or its CodiEsp tag ("D").
"""

from __future__ import annotations

from medcode.codesets import icd10cm, icd10pcs
from medcode.codesets.systems import CodeSystem


def fold_codiesp(system: str, code: str) -> str:
    """Product code -> CodiEsp gold form: lower case; ICD-10-CM dotted with a 7th-character
    letter dropped (T81.4XXA -> t81.4xx, S71.101A -> s71.101; R40.2421 stays); PCS undotted."""
    try:
        cs = CodeSystem.parse(system)
    except ValueError:
        return code.strip().lower()
    if cs is CodeSystem.ICD10CM:
        return icd10cm.fold(code)
    if cs is CodeSystem.ICD10PCS:
        return code.strip().lower().replace(".", "")
    return code.strip().lower()


def to_product(system: str, folded: str) -> str:
    """CodiEsp-form label -> product code (ICD-10-CM billable form where inferable; PCS upper)."""
    if CodeSystem.parse(system) is CodeSystem.ICD10CM:
        return icd10cm.to_product(folded)
    return folded.strip().upper()


def as_served(system: str, folded: str) -> str:
    """A CodiEsp gold code in the form evaluation compares served codes in: the CodiEsp fold of
    the product code written for it. CodiEsp writes some codes without their placeholders
    ("t14.90") and some codes split since ("r51"); the product writes T14.90XA and R51.9, which
    fold to "t14.90x" and "r51.9", so gold codes go through the same round trip before they are
    compared (for every other code it changes nothing)."""
    return fold_codiesp(system, to_product(system, folded))


def title(system: str, code: str) -> str:
    """The code's title ('' when unknown); CPT titles are the site's licensed descriptors, read
    from its file when asked for (the coder artifact stores none)."""
    cs = CodeSystem.parse(system)
    if cs is CodeSystem.ICD10CM:
        return icd10cm.title(code)
    if cs is CodeSystem.ICD10PCS:
        return icd10pcs.title(code)
    from medcode.codesets import validity

    return validity.title(cs, to_product(cs, code)) or ""
