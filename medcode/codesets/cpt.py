"""Loader for a site's licensed CPT file.

CPT descriptors are AMA-copyrighted, so medcode ships none: a site that holds a
licence points ``MEDCODE_CPT_FILE`` at a CSV of ``code,descriptor`` rows.  Without
it CPT is disabled.  Errors name the row number and the code field only — never
the descriptor, which is licensed text that must not leak into logs.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

from medcode import paths

ENV_VAR = "MEDCODE_CPT_FILE"
# Category I: 5 digits; Category II: 4 digits + F; Category III: 4 digits + T;
# PLA (proprietary laboratory analyses): 4 digits + U.
CPT_CODE_RE = re.compile(r"^\d{4}[0-9FTU]$")
_HEADER_CODE_NAMES = {"code", "cpt", "cpt_code", "cpt code", "hcpcs", "procedure code"}


class CptFileError(ValueError):
    """The site's CPT file is missing or malformed."""


@dataclass(frozen=True)
class CptCode:
    code: str
    descriptor: str


def configured_path() -> Path | None:
    """The CPT file named by ``$MEDCODE_CPT_FILE``, or None when CPT is disabled."""
    return paths.cpt_file()


def is_cpt_code(code: str) -> bool:
    """True when *code* has CPT shape (does not say the code exists)."""
    return bool(CPT_CODE_RE.match(code))


def load_cpt(path: str | os.PathLike) -> dict[str, CptCode]:
    """Read ``code,descriptor`` rows (or tab-separated); tolerates a header row, a BOM,
    quotes and blank lines.  Unquoted commas in a descriptor are kept."""
    path = Path(path)
    if not path.is_file():
        raise CptFileError(f"CPT file not found: {path} (set {ENV_VAR} or unset it to disable CPT)")
    codes: dict[str, CptCode] = {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            first = fh.readline()
            fh.seek(0)
            delimiter = "\t" if "\t" in first else ","  # CSV, or the TSV some exports use
            for rowno, row in enumerate(csv.reader(fh, delimiter=delimiter), start=1):
                if not row or all(not f.strip() for f in row):
                    continue
                code = row[0].strip().strip('"').upper()
                if (
                    rowno == 1
                    and not is_cpt_code(code)
                    and (code.lower() in _HEADER_CODE_NAMES or not any(ch.isdigit() for ch in code))
                ):
                    continue  # header row: a column name, never a code
                if not is_cpt_code(code):
                    shown = code if len(code) <= 8 and code.isalnum() else "<not shown>"
                    raise CptFileError(
                        f"{path.name} row {rowno}: invalid CPT code {shown!r} (expected 4 digits + a digit or F/T/U)"
                    )
                if len(row) < 2 or not row[1].strip():
                    raise CptFileError(f"{path.name} row {rowno}: code {code} has no descriptor")
                if code in codes:
                    raise CptFileError(f"{path.name} row {rowno}: duplicate code {code}")
                descriptor = ",".join(row[1:]).strip() if len(row) > 2 else row[1].strip()
                codes[code] = CptCode(code, descriptor)
    except UnicodeDecodeError as exc:
        raise CptFileError(f"{path.name}: not valid UTF-8 at byte {exc.start}") from None
    except csv.Error as exc:
        raise CptFileError(f"{path.name}: CSV parse error ({type(exc).__name__})") from None
    if not codes:
        raise CptFileError(f"{path.name}: no CPT codes found")
    return codes


def load_configured_cpt() -> dict[str, CptCode] | None:
    """The site's CPT codes, or None when ``$MEDCODE_CPT_FILE`` is unset (CPT disabled)."""
    path = configured_path()
    return load_cpt(path) if path else None
