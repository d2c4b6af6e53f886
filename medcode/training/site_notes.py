"""A site's own coded notes for `medcode train --site-notes FILE`: the way CPT and HCPCS Level II
codes (which CodiEsp does not have) get into the coder, alongside any ICD-10 codes the site adds.

The file is JSON Lines, one coded note per line (docs/coding-quality.md, "Retraining at a site"):

    {"id": "n0001", "text": "<the note>", "codes": {"CPT": ["99213"], "HCPCS": ["J1100"]}}

- `id`: the site's note id (unique in the file);
- `text`: the note, raw (`medcode train` de-identifies it like the server does);
- `codes`: code system name (`CodeSystem` value: "ICD-10-CM", "ICD-10-PCS", "HCPCS", "CPT") ->
  the note's gold codes in product form. A system named here means the note was coded for it,
  so an empty list says "coded, none apply"; a system left out says nothing.

Every code must exist in the code book medcode loads for its system (CPT: the site's licensed
file, `MEDCODE_CPT_FILE`; HCPCS: datasets/hcpcs_2025_oct or `MEDCODE_HCPCS_FILE`), so the coder
only learns codes the checks accept. Errors name the line and the field, never the note text
(which holds PHI) nor a CPT descriptor (licensed text).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from medcode.codesets import validity
from medcode.codesets.systems import CodeSystem
from medcode.coding.codes import fold_codiesp

_MAX_CODE_CHARS = 16  # longer than any code of the four systems: shown in errors only below this


class SiteNotesError(ValueError):
    """The site-notes file is missing or malformed (the message names line and field)."""


@dataclass(frozen=True)
class SiteNote:
    """One coded note: its gold codes per system, in the coder's label form (`fold_codiesp`)."""

    id: str
    text: str
    codes: dict[CodeSystem, frozenset[str]]


def _shown(code: str) -> str:
    """A code as an error may show it: short alphanumeric (with dots) only, else a placeholder."""
    return code if len(code) <= _MAX_CODE_CHARS and code.replace(".", "").isalnum() else "<not shown>"


def _codes(where: str, system: CodeSystem, value) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise SiteNotesError(f"{where}: codes[{system.value!r}] must be a list of strings")
    out = set()
    for code in value:
        if system is CodeSystem.CPT and validity.cpt_codes() is None:
            raise SiteNotesError(
                f"{where}: CPT codes need the site's CPT file: set MEDCODE_CPT_FILE (docs/coding-quality.md)"
            )
        if not code.strip() or not validity.is_valid(system, code):
            raise SiteNotesError(f"{where}: {system} code {_shown(code.strip())!r} is not in the loaded code book")
        out.add(fold_codiesp(system, validity.normalize(system, code)))
    return frozenset(out)


def _system(where: str, name) -> CodeSystem:
    try:
        return CodeSystem.parse(name)
    except ValueError:
        known = ", ".join(s.value for s in CodeSystem)
        raise SiteNotesError(f"{where}: a key of codes is not a code system; known: {known}") from None


def load_site_notes(path: Path | str) -> list[SiteNote]:
    """Read and validate a site-notes file (JSON Lines; blank lines are skipped)."""
    path = Path(path)
    if not path.is_file():
        raise SiteNotesError(f"site notes file not found: {path}")
    notes: list[SiteNote] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path.name} line {lineno}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SiteNotesError(f"{where}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict) or set(row) != {"id", "text", "codes"}:
                raise SiteNotesError(f'{where}: expected an object with exactly "id", "text" and "codes"')
            if not isinstance(row["id"], str) or not row["id"].strip():
                raise SiteNotesError(f"{where}: id must be a non-empty string")
            if row["id"] in seen:
                raise SiteNotesError(f"{where}: duplicate id (ids must be unique in the file)")
            if not isinstance(row["text"], str) or not row["text"].strip():
                raise SiteNotesError(f"{where}: text must be a non-empty string")
            if not isinstance(row["codes"], dict) or not row["codes"]:
                raise SiteNotesError(f"{where}: codes must be an object naming at least one code system")
            codes: dict[CodeSystem, frozenset[str]] = {}
            for name, value in row["codes"].items():
                system = _system(where, name)
                codes[system] = _codes(where, system, value)
            seen.add(row["id"])
            notes.append(SiteNote(row["id"], row["text"], codes))
    if not notes:
        raise SiteNotesError(f"{path.name}: no notes")
    return notes
