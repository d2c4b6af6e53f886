"""`medcode eval reliability`: calibration check and error analysis on a scored split.

Scores a split in-process, then writes the reliability curve (PNG), prints precision among
codes scored >= the threshold and the share of gold codes they cover, and lists the most
frequent misses and false positives (codes only, never note text).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

from medcode import paths
from medcode.codesets.systems import CODIESP_SYSTEMS, CodeSystem
from medcode.coding.calibration import cross_calibrated, raw_scores
from medcode.training.codiesp_data import load_split
from medcode.training.embeddings import embed_notes
from medcode.training.eval_codiesp import evaluate_in_process


def plot_reliability(pairs: dict, path: Path, n_bins: int = 10) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 5))
    ax.plot([0, 1], [0, 1], "k:", lw=1, label="perfect calibration")
    edges = np.linspace(0, 1, n_bins + 1)
    for s, (sc, ok) in pairs.items():
        xs, ys, ns = [], [], []
        for lo, hi in zip(edges[:-1], edges[1:]):
            m = (sc >= lo) & ((sc < hi) if hi < 1 else (sc <= hi))
            if m.sum() >= 5:
                xs.append(sc[m].mean())
                ys.append(ok[m].mean())
                ns.append(int(m.sum()))
        name = f"{s} (CodiEsp-{s.tag})"
        ax.plot(xs, ys, "o-", label=name)
        for x, y, n in zip(xs, ys, ns):
            ax.annotate(str(n), (x, y), textcoords="offset points", xytext=(4, -10), fontsize=7)
    ax.axvline(0.95, color="grey", lw=0.8, ls="--")
    ax.set_xlabel("calibrated score (bin mean)")
    ax.set_ylabel("share correct")
    ax.set_title("Reliability, CodiEsp dev, 2-fold cross-calibrated\n(numbers: codes per bin)", fontsize=10)
    ax.legend(loc="upper left", fontsize=8)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def error_analysis(rep: dict, split, n: int = 20, miss_rank: int = 10, fp_rank: int = 5) -> dict:
    """Most frequent misses (gold code not in the note's top `miss_rank`) and false positives
    (non-gold code in the top `fp_rank`), per system."""
    out = {}
    for s in (cs.tag for cs in CODIESP_SYSTEMS):  # report keys are CodiEsp tags
        gold = split.gold(s)
        if not gold:
            continue
        miss: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        for d, g in gold.items():
            pred = rep["predictions"][s].get(d, [])
            top = set(pred[:miss_rank])
            miss.update(c for c in set(g) if c not in top)
            fp.update(c for c in pred[:fp_rank] if c not in set(g))
        out[s] = {"misses": miss.most_common(n), "false_positives": fp.most_common(n)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode eval reliability", description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--artifact", type=Path, default=paths.coder_dir())
    ap.add_argument("--threshold", type=float, default=0.95)
    ap.add_argument("--png", type=Path, default=Path("docs/img/reliability.png"))
    args = ap.parse_args(argv)
    from medcode.codesets import icd10cm, icd10pcs
    from medcode.coding.coder import Coder

    split = load_split(args.data, args.split)
    coder = Coder.load(args.artifact)
    texts = [split.texts[d] for d in split.ids]
    golds = {s: [set(split.gold(s).get(d, [])) for d in split.ids] for s in coder.models}
    raw = raw_scores(coder, texts, embed_notes(texts), golds)
    pairs = {}
    for s, (r, ok, docs) in raw.items():
        n_gold = sum(len(g) for g in golds[s])
        cc = cross_calibrated(r, ok, docs)
        pairs[s] = (cc, ok)
        for name, sc, t in (
            ("2-fold cross-calibrated", cc, args.threshold),
            ("artifact calibrator (in-sample when calibrated on this split)", coder.calibrators[s](r), args.threshold),
            ("2-fold cross-calibrated", cc, 0.9),
            ("2-fold cross-calibrated", cc, 0.8),
        ):
            m = sc >= t
            prec = ok[m].mean() if m.any() else float("nan")
            print(
                f"{s.tag} {name}: {int(m.sum())} codes scored >= {t}: precision {prec:.4f}, "
                f"covering {int(ok[m].sum())}/{n_gold} = {ok[m].sum() / n_gold:.4f} of gold codes; "
                f"Brier {np.mean((sc - ok) ** 2):.4f} over {len(sc)} candidates"
            )
    plot_reliability(pairs, args.png)
    print(f"reliability curve: {args.png}")
    rep = evaluate_in_process(coder, args.data, args.split, threshold=args.threshold)
    for s, e in error_analysis(rep, split).items():
        title = icd10cm.title if CodeSystem.parse(s) is CodeSystem.ICD10CM else icd10pcs.title
        for kind in ("misses", "false_positives"):
            print(f"\n{s} most frequent {kind.replace('_', ' ')}:")
            for c, n in e[kind]:
                print(f"  {n:3d}  {c:10s} {title(c)[:70]}")
    return 0
