"""What the de-identifier redacts in real clinical text: `medcode bench deid_real_text`.

CodiEsp notes are real case reports (CC BY 4.0, BSC / Plan TL) with almost no PHI left in them,
so nearly every character redacted there is clinical text the coder loses. This counts, on N
notes of a split (the train split by default, so the evaluation sets stay unread), the
characters and spans redacted, by PHI type, and with --show the spans of one type in context
(tuning use only). A precision proxy measured on real text, beside the annotated sets of
`medcode eval deid`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from medcode import paths
from medcode.deid import DeidConfig, Deidentifier
from medcode.loadtest.notes import load_texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode bench deid_real_text", description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train")
    ap.add_argument("--notes", type=int, default=200)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--show", metavar="TYPE", help="print the spans of this PHI type with 25 characters of context")
    a = ap.parse_args(argv)
    texts = load_texts(paths.codiesp_dir(), splits=(a.split,), limit=a.notes, seed=a.seed)
    deid = Deidentifier(DeidConfig.served())
    chars: Counter[str] = Counter()
    spans: Counter[str] = Counter()
    for text in texts:
        for sp in deid.detect(text):
            chars[sp.type] += sp.end - sp.start
            spans[sp.type] += 1
            if a.show == sp.type:
                print(f"  {text[max(0, sp.start - 25) : sp.start]!r} [{text[sp.start : sp.end]}]")
    total = sum(len(t) for t in texts)
    print(
        f"{len(texts)} CodiEsp {a.split} notes, {total} characters: {sum(chars.values())} redacted "
        f"({sum(chars.values()) / total:.2%}) in {sum(spans.values())} spans"
    )
    for t, n in spans.most_common():
        print(f"  {t:12s} {n:5d} spans {chars[t]:6d} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
