"""The code systems medcode knows, named once.

`CodeSystem` is a `str` enum whose values are the names the served JSON, the checks and the
OPTIONS input use ("ICD-10-CM", ...): a member compares equal to (and serialises as) its value,
so callers may keep passing plain strings. CodiEsp (and the coder artifact's file names and
`meta.json`) tag the two systems it covers "D" and "P": `CodeSystem.tag` / `CodeSystem.parse`.
"""

from __future__ import annotations

import enum


class CodeSystem(str, enum.Enum):
    ICD10CM = "ICD-10-CM"
    ICD10PCS = "ICD-10-PCS"
    HCPCS = "HCPCS"
    CPT = "CPT"

    def __str__(self) -> str:  # "ICD-10-CM", not "CodeSystem.ICD10CM", in messages and f-strings
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @property
    def tag(self) -> str:
        """CodiEsp's one-letter tag ("D" diagnoses, "P" procedures), also the coder artifact's key;
        HCPCS and CPT have none (their value is returned)."""
        return _TAGS.get(self, self.value)

    @property
    def group_len(self) -> int:
        """Characters of the code that name its group: the ICD-10-CM category (3), the PCS
        4-character prefix (CodiEsp-P's level)."""
        return 4 if self is CodeSystem.ICD10PCS else 3

    @classmethod
    def parse(cls, name: str | CodeSystem) -> CodeSystem:
        """A member from its value ("ICD-10-CM") or CodiEsp tag ("D"); ValueError otherwise."""
        if isinstance(name, cls):
            return name
        for member in cls:
            if name == member.value or name == _TAGS.get(member):
                return member
        known = ", ".join(m.value for m in cls)
        raise ValueError(f"unknown code system {name!r}; expected one of {known} (or CodiEsp D, P)")


_TAGS = {CodeSystem.ICD10CM: "D", CodeSystem.ICD10PCS: "P"}

# The systems the coder is trained on and ranks (CodiEsp-D and CodiEsp-P), in artifact order.
CODIESP_SYSTEMS = (CodeSystem.ICD10CM, CodeSystem.ICD10PCS)
