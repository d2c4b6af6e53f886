"""The ICD-10-CM Alphabetic Index (FY2025 CSV) and Neoplasm table flattened to dictionary terms.

Each index row becomes its main term's head word(s) plus the sub-terms on its path, e.g.
"Diabetes" > "type 2" > "with" > "polyneuropathy" -> E11.42. Cross references ("see") and
incomplete codes ("E11.-") are dropped; codes are returned in CodiEsp gold form.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from medcode import paths
from medcode.codesets.icd10cm import fold

_PAREN = re.compile(r"\([^)]*\)")
_CODE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")

# Neoplasm table columns and the words that select them in a note.
_NEOPLASM_COLUMNS = {
    "MalignantPrimary": ("carcinoma", "cancer", "malignant", "adenocarcinoma", "tumor malignant"),
    "MalignantSecondary": ("metastasis", "metastatic", "metastase", "secondary"),
    "Benign": ("benign",),
}


def index_dir() -> Path:
    """Where the index CSVs live (`medcode.paths.icd_index_dir`: $MEDCODE_ICD_INDEX_DIR or datasets/)."""
    return paths.icd_index_dir()


def _clean(term: str) -> str:
    return _PAREN.sub(" ", term).replace(" NEC", " ").replace(" NOS", " ").strip()


def _valid(code: str) -> bool:
    return bool(code) and "-" not in code and bool(_CODE.match(code))


@functools.cache
def _complete(code: str) -> str | None:
    """A usable code for an index entry: itself, or for an incomplete "F17.20-" its first
    billable descendant (usually the unspecified one: F17.200); None when unknown."""
    if _valid(code):
        return code
    base = code.rstrip("-").rstrip(".")
    if not base or not _CODE.match(base):
        return None
    from medcode.codesets.validity import icd10cm

    cm = icd10cm()
    if not cm.is_valid_item(base):
        return None
    leaves = [x for x in cm.get_descendants(base) if cm.is_leaf(x)]
    return leaves[0] if leaves else None


@functools.lru_cache(maxsize=2)
def terms(directory: str | None = None) -> list[tuple[str, str, str]]:
    """(folded code, term text, source) from the main index ("index") and Neoplasm table
    ("neoplasm"); the term text joins the path, the main term cut to its head before a comma."""
    d = Path(directory) if directory else index_dir()
    out: list[tuple[str, str, str]] = []
    path: list[str] = []
    keys: list[str] = []
    by_path: dict[tuple[str, ...], str] = {}
    see_rows: list[tuple[str, str]] = []
    with open(d / "ICD10CM_2025_Index.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            level = int(row["Level"])
            full = _clean(row["Term"])
            term = full.split(",")[0] if level == 0 else full
            path = path[:level] + [term]
            keys = keys[:level] + [full.lower().split(",")[0].strip() if level == 0 else full.lower()]
            code = _complete((row.get("Code") or "").strip()) if row.get("Code") else None
            if code:
                out.append((fold(code), " ".join(path), "index"))
                by_path.setdefault(tuple(keys), code)
            elif row.get("See"):
                see_rows.append((" ".join(path), row["See"]))
    # "Smoker - see Dependence, drug, nicotine": the referring words map to the target's code
    for text, see in see_rows:
        parts = [_clean(x).lower() for x in see.split(",")]
        code = by_path.get(tuple(x for x in parts if x))
        if code:
            out.append((fold(code), text, "index"))
    path = []
    with open(d / "ICD10CM_2025_neoplasms.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            level = int(row["Level"])
            term = _clean(row["Term"])
            path = path[:level] + [term]
            if level == 0:
                continue
            site = " ".join(path[1:])
            for col, words in _NEOPLASM_COLUMNS.items():
                code = (row.get(col) or "").strip()
                if _valid(code):
                    for w in words:
                        out.append((fold(code), f"{w} {site}", "neoplasm"))
    return out
