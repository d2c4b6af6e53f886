"""Rebuild medcode/deid/data/common_words.txt (the vocabulary that marks ambiguous name tokens).

Sources: words written lower-case in CodiEsp *train* English texts (CC BY 4.0, BSC/Plan TL) and
in ICD-10-CM FY2026 titles (simple-icd-10-cm, public domain). A word that appears lower-case in
clinical prose ("brown", "rose", "hill") is not redacted on a gazetteer hit alone.

    python -m tools.deid.build_lexicon [--codiesp datasets/codiesp/train/text_files_en]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from medcode.deid.lexicon import DATA_DIR, fold

_WORD = re.compile(r"(?<![A-Za-z])[a-zß-ÿ][a-zß-ÿ'\-]+")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--codiesp", default="datasets/codiesp/train/text_files_en")
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    for f in sorted(Path(args.codiesp).glob("*.txt")):
        counts.update(fold(w).strip("'-") for w in _WORD.findall(f.read_text(encoding="utf-8")))
    try:
        import simple_icd_10_cm as cm

        for code in cm.get_all_codes():
            counts.update(fold(w).strip("'-") for w in _WORD.findall(cm.get_description(code)))
    except ImportError:  # the CodiEsp part alone still works
        pass
    words = sorted(w for w, n in counts.items() if n >= args.min_count and len(w) > 1)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    (DATA_DIR / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {DATA_DIR / 'common_words.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
