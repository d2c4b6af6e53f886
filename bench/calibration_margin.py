"""How wide a margin each calibration design needs to keep its promise: `medcode bench calibration_margin`.

For each design (logistic, per code, set precision) and each margin z (standard errors of the
logistic curve; Wilson z for the other two), the codes a calibrator fitted
on 4/5 of the split's notes scores at or above the threshold in the fifth, pooled over 5 folds x
10 fold seeds (the same cross-validation as `medcode eval reliability`): codes a run, their
precision, the worst run's precision and the share of gold codes accepted, for every code
scored at or above it ("scored") and for the ones serving accepts ("served": those that also
pass the checks, assertion included). A design keeps its promise when the pooled precision of
the served set is at least the threshold. This is the study behind the
logistic default of `medcode train` (docs/coding-quality.md, "Logistic calibration and a bagged
ranker"). Uses the artifact's coder and this build's int8 encoder; CodiEsp dev (CC BY 4.0).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from medcode import paths
from medcode.codesets.systems import CODIESP_SYSTEMS
from medcode.coding import calibration as cal
from medcode.coding.coder import Coder
from medcode.training.codiesp_data import load_split
from medcode.training.embeddings import embed_notes
from medcode.training.served_text import coder_text_kind, served_texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode bench calibration_margin", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=paths.codiesp_dir())
    ap.add_argument("--split", default="dev")
    ap.add_argument("--artifact", type=Path, default=paths.coder_dir())
    ap.add_argument("--encoder", type=Path, default=paths.encoder_dir("int8"))
    ap.add_argument("--threshold", type=float, default=cal.DEFAULT_THRESHOLD)
    ap.add_argument("--z", default="1,1.1,1.2,1.3,1.4,1.5,1.645", help="comma-separated Wilson margins")
    a = ap.parse_args(argv)
    split = load_split(a.data, a.split)
    coder = Coder.load(a.artifact)
    texts = served_texts([split.texts[d] for d in split.ids], coder_text_kind(coder))
    golds = {s: [set(split.gold(s).get(d, [])) for d in split.ids] for s in CODIESP_SYSTEMS if s in coder.models}
    raw = cal.raw_scores(coder, texts, embed_notes(texts, a.encoder), golds)
    for s, sc in raw.items():
        n_gold = sum(len(g) for g in golds[s])
        for kind in cal.FITTERS:
            for z in (float(x) for x in a.z.split(",")):
                for label, servable in (("scored", None), ("served", sc.servable)):
                    r_ = cal.accepted_at(
                        sc.raw, sc.ok, sc.docs, n_gold, a.threshold, kind, options={"z": z}, servable=servable
                    )
                    print(
                        f"{s.tag} {kind:13s} z={z:<5g} {label} >= {a.threshold:g}: {r_['accepted']:6.1f} codes a run, "
                        f"precision {r_['precision']:.4f} (worst run {r_['worst_run_precision']:.4f}), "
                        f"{r_['coverage']:.4f} of gold codes",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
