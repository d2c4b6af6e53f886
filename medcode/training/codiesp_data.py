"""CodiEsp-format corpora: DIR/SPLIT/text_files_en/*.txt with DIR/SPLIT/{SPLIT}D.tsv and {SPLIT}P.tsv.

The same layout is how a hospital supplies its own coded notes to `medcode train`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from medcode.codesets.systems import CodeSystem


@dataclass
class Split:
    name: str
    texts: dict[str, str]  # doc id -> note text
    gold_d: dict[str, list[str]] = field(default_factory=dict)  # doc id -> ICD-10-CM (gold form)
    gold_p: dict[str, list[str]] = field(default_factory=dict)  # doc id -> ICD-10-PCS (gold form)

    @property
    def ids(self) -> list[str]:
        return sorted(self.texts)

    def gold(self, system: CodeSystem | str) -> dict[str, list[str]]:
        """doc id -> gold codes of one system (a `CodeSystem` or its CodiEsp tag "D"/"P")."""
        return self.gold_d if CodeSystem.parse(system) is CodeSystem.ICD10CM else self.gold_p


def read_gold(path: Path) -> dict[str, list[str]]:
    """doc id -> codes in file order, lower-cased and de-duplicated; {} when the file is absent."""
    out: dict[str, list[str]] = {}
    if not path.exists():
        return out
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise ValueError(f"{path.name}:{lineno}: expected 'doc_id<TAB>code'")
        codes = out.setdefault(parts[0].strip(), [])
        code = parts[1].strip().lower()
        if code not in codes:
            codes.append(code)
    return out


def load_split(data_dir: Path | str, name: str, require_gold: bool = True) -> Split:
    """Read one split; raises a clear error when the folder layout is wrong."""
    root = Path(data_dir) / name
    text_dir = root / "text_files_en"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"{text_dir} not found (expected DIR/{name}/text_files_en/*.txt)")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(text_dir.glob("*.txt"))}
    if not texts:
        raise ValueError(f"no .txt notes in {text_dir}")
    gold_d = read_gold(root / f"{name}D.tsv")
    gold_p = read_gold(root / f"{name}P.tsv")
    if require_gold and not gold_d and not gold_p:
        raise FileNotFoundError(f"neither {name}D.tsv nor {name}P.tsv found in {root}")
    return Split(name, texts, gold_d, gold_p)
