"""What a margin rule delivers on notes it never saw: `medcode bench margin_rule`.

`medcode train --tune-split` chooses the calibration margin on the tune split by cross-validation
(`held_out_check`) and reports the precision of that same cross-validation, so the reported
figure is the one the choice was made on. This study measures the rule instead: each artifact's
candidates on the split are cut into two random halves of the notes; the margin is chosen on one
half exactly as `held_out_check` chooses it (5-fold CV by note, served set: codes that also pass
the checks), the calibrator is fitted on that half with it, and the codes it accepts when served
are counted on the other half. Repeated over `--halvings` random cuts and pooled: codes accepted
a half and their precision, for each rule:

- "to z=3": the margins `medcode train` tried until the twenty-first session (1 ... 3);
- "to z=8": the margins it tries now (`MARGINS`, 1 ... 8);
- "to z=8, 0.96": the same margins, but a margin counts only where its CV precision is >= 0.96.

Give several artifacts trained with different `--seed`s (the fold partition behind the
ranker's features) to see how much of a build's figure is its seed. ICD-10-CM only (the system
whose promise moves); CodiEsp dev (CC BY 4.0).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from medcode import paths
from medcode.codesets.systems import CodeSystem
from medcode.coding import calibration as cal
from medcode.coding.coder import Coder
from medcode.training.codiesp_data import load_split
from medcode.training.embeddings import embed_notes
from medcode.training.served_text import coder_text_kind, served_texts
from medcode.training.train_coder import MARGINS, keeps_promise

RULES = {
    "to z=3": (tuple(z for z in MARGINS if z <= 3), 0.0),
    "to z=8": (MARGINS, 0.0),
    "to z=8, 0.96": (MARGINS, 0.01),
}


def choose(cv: dict[float, dict], margins: tuple[float, ...], threshold: float) -> float:
    """The narrowest margin whose CV served set keeps the promise; the widest when none does (as
    `held_out_check`)."""
    return next((z for z in margins if keeps_promise(cv[z], threshold)), margins[-1])


def study(sc: cal.Scored, halvings: int, threshold: float, repeats: int) -> dict[str, tuple[float, float]]:
    """rule -> (served codes accepted a half, their pooled precision) on the halves not chosen on."""
    notes = np.unique(sc.docs)
    counts = {r: [0, 0] for r in RULES}
    for h in range(halvings):
        chosen = set(np.random.default_rng(100 + h).permutation(notes)[: len(notes) // 2])
        a = np.array([d in chosen for d in sc.docs])
        b = ~a
        cv = {
            z: cal.accepted_at(
                sc.raw[a], sc.ok[a], sc.docs[a], 1, threshold, "logistic", repeats=repeats, options={"z": z}, servable=sc.servable[a]
            )
            for z in MARGINS
        }  # fmt: skip
        for rule, (margins, spare) in RULES.items():
            z = choose(cv, margins, threshold + spare)
            m = (cal.fit_kind("logistic", sc.raw[a], sc.ok[a], {"z": z})(sc.raw[b]) >= threshold) & sc.servable[b]
            counts[rule][0] += int(m.sum())
            counts[rule][1] += int(sc.ok[b][m].sum())
    return {r: (n / halvings, tp / n if n else float("nan")) for r, (n, tp) in counts.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode bench margin_rule", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=paths.codiesp_dir())
    ap.add_argument("--split", default="dev")
    ap.add_argument("--artifacts", default=str(paths.coder_dir()), help="comma-separated coder artifacts")
    ap.add_argument("--encoder", type=Path, default=paths.encoder_dir("int8"))
    ap.add_argument("--threshold", type=float, default=cal.DEFAULT_THRESHOLD)
    ap.add_argument("--halvings", type=int, default=20)
    ap.add_argument("--repeats", type=int, default=3, help="CV fold seeds within the half the margin is chosen on")
    a = ap.parse_args(argv)
    split = load_split(a.data, a.split)
    gold = [set(split.gold(CodeSystem.ICD10CM).get(d, [])) for d in split.ids]
    for artifact in a.artifacts.split(","):
        coder = Coder.load(artifact)
        texts = served_texts([split.texts[d] for d in split.ids], coder_text_kind(coder))
        sc = cal.raw_scores(coder, texts, embed_notes(texts, a.encoder), {CodeSystem.ICD10CM: gold})[CodeSystem.ICD10CM]
        out = study(sc, a.halvings, a.threshold, a.repeats)
        print(
            f"{artifact} (seed {coder.meta.get('seed')}, bags {coder.meta.get('bags', {}).get('D', 1)}): "
            + " | ".join(f"{r}: {n:.0f} codes a half at {p:.3f}" for r, (n, p) in out.items()),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
