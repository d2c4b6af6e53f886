"""HCPCS Level II loader (CMS ``HCPC2025_OCT_ANWEB`` dumped to CSV).

Each CSV row carries a key ``code + 5-digit sequence + record id``.  Record ids:
3 = procedure line 1, 4 = procedure continuation, 7 = modifier line 1,
8 = modifier continuation.  Long descriptions span several rows and are rebuilt by
joining the continuation lines in sequence order; the short descriptor is the
28-character fixed-width field of line 1 (the dump glued later fields onto it).
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from medcode import paths

ENV_VAR = "MEDCODE_HCPCS_FILE"
VERSION = "HCPCS 2025 October (CMS HCPC2025_OCT_ANWEB)"
_SHORT_WIDTH = 28  # width of the SHORT DESCRIPTION field in the CMS record layout


@dataclass(frozen=True)
class HcpcsCode:
    """One HCPCS Level II procedure/supply code (5 characters, letter + 4 digits)."""

    code: str
    short: str
    long: str


@dataclass(frozen=True)
class HcpcsModifier:
    """One HCPCS modifier (2 characters)."""

    code: str
    short: str
    long: str


def default_path() -> Path:
    """``$MEDCODE_HCPCS_FILE`` or the vendored ``datasets/hcpcs_2025_oct`` file (`medcode.paths`)."""
    return paths.hcpcs_file()


def _parse(path: Path) -> tuple[dict[str, HcpcsCode], dict[str, HcpcsModifier]]:
    if not path.is_file():
        raise FileNotFoundError(f"HCPCS file not found: {path} (set {ENV_VAR} to the HCPC*_ANWEB CSV)")
    # code -> [(seq, text)], short descriptors from line-1 records
    proc_lines: dict[str, list[tuple[int, str]]] = {}
    mod_lines: dict[str, list[tuple[int, str]]] = {}
    shorts: dict[tuple[str, str], str] = {}
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if not header or header[0].strip().lower() != "code":
            raise ValueError(f"{path}: expected a header row starting with 'Code'")
        for lineno, row in enumerate(reader, start=2):
            if not row or not row[0].strip():
                continue
            key = row[0].strip()
            rec = key[-1]
            if rec in "34" and len(key) == 11:
                code, target, kind = key[:5], proc_lines, "P"
            elif rec in "78" and len(key) == 8:
                code, target, kind = key[:2], mod_lines, "M"
            else:
                raise ValueError(f"{path}:{lineno}: unrecognised record key {key!r}")
            seq_text = key[len(code) : -1]
            if not seq_text.isdigit():
                raise ValueError(f"{path}:{lineno}: bad sequence number in key {key!r}")
            text = row[1].strip() if len(row) > 1 else ""
            target.setdefault(code, []).append((int(seq_text), text))
            if rec in "37":
                short = row[2][:_SHORT_WIDTH].strip() if len(row) > 2 else ""
                shorts[(kind, code)] = short
    codes = {}
    for code, lines in proc_lines.items():
        if ("P", code) not in shorts:
            raise ValueError(f"{path}: code {code} has continuation lines but no line 1")
        long = " ".join(t for _, t in sorted(lines) if t)
        codes[code] = HcpcsCode(code, shorts[("P", code)], long)
    mods = {}
    for code, lines in mod_lines.items():
        if ("M", code) not in shorts:
            raise ValueError(f"{path}: modifier {code} has continuation lines but no line 1")
        long = " ".join(t for _, t in sorted(lines) if t)
        mods[code] = HcpcsModifier(code, shorts[("M", code)], long)
    return codes, mods


def load_hcpcs(path: str | os.PathLike | None = None) -> dict[str, HcpcsCode]:
    """Procedure/supply codes keyed by code, long descriptions rebuilt from all lines."""
    return _parse(Path(path) if path else default_path())[0]


def load_hcpcs_modifiers(path: str | os.PathLike | None = None) -> dict[str, HcpcsModifier]:
    """Modifiers (two characters, e.g. ``"LT"``) keyed by modifier."""
    return _parse(Path(path) if path else default_path())[1]


def load_hcpcs_all(
    path: str | os.PathLike | None = None,
) -> tuple[dict[str, HcpcsCode], dict[str, HcpcsModifier]]:
    """Both tables from one read of the file."""
    return _parse(Path(path) if path else default_path())
