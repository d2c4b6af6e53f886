"""`medcode eval reliability`: calibration check and error analysis on a scored split.

Scores a split in-process, then prints, for each calibration design (logistic, per-code, set-precision)
and threshold, the cross-validated precision of the codes scored >= it and the share of gold
codes they cover (calibrators fitted on other notes only: k folds by note, repeated); writes the
reliability curve and the coverage/precision curve (PNGs); and lists the most frequent misses
and false positives (codes only, never note text).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

from medcode import paths
from medcode.codesets.systems import CODIESP_SYSTEMS, CodeSystem
from medcode.coding.calibration import (
    DEFAULT_THRESHOLD,
    FITTERS,
    Scored,
    accepted_at,
    cross_calibrated,
    precision_interval,
    raw_scores,
)
from medcode.training.codiesp_data import load_split
from medcode.training.embeddings import embed_notes
from medcode.training.eval_codiesp import evaluate_in_process, served_gold
from medcode.training.served_text import coder_text_kind, served_texts


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
    ax.set_title(
        "Reliability of logistic calibration, CodiEsp dev, 2-fold cross-calibrated\n(numbers: codes per bin)",
        fontsize=10,
    )
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
        gold = served_gold(split, s)
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


def held_back(scored: Scored) -> dict[str, int]:
    """Gold candidates that fail a check serving applies, by the first check they fail (the
    assertion check by status): codes serving never accepts, however high they score."""
    out: Counter[str] = Counter()
    for ok, failed, assertion in zip(scored.ok, scored.failed, scored.assertions):
        if ok and failed:
            out[f"assertion {assertion}" if failed[0] == "assertion" else failed[0]] += 1
    return dict(out.most_common())


def coverage_precision_curve(raw: np.ndarray, ok: np.ndarray, n_gold: int) -> tuple[np.ndarray, np.ndarray]:
    """The ranking's accepted-set curve, pooled over notes: for each raw-score threshold (every
    distinct score, highest first), the share of gold codes the codes at or above it cover and
    their precision. Calibration only decides where on this curve a threshold lands."""
    order = np.argsort(-np.asarray(raw, dtype=np.float64), kind="stable")
    r, t = np.asarray(raw)[order], np.asarray(ok, dtype=np.float64)[order]
    tp, n = np.cumsum(t), np.arange(1, len(t) + 1)
    last = np.r_[r[1:] != r[:-1], True]
    return tp[last] / max(n_gold, 1), tp[last] / n[last]


def coverage_ceiling(raw: np.ndarray, ok: np.ndarray, n_gold: int, precision: float = DEFAULT_THRESHOLD) -> float:
    """The largest share of gold codes a top set of the pooled ranking covers while at least
    `precision` of it is right: what the best single threshold, chosen knowing every answer,
    could accept. In-sample, so an upper bound: a calibrator fitted on other notes lands below it,
    and only a better ranking moves it."""
    coverage, prec = coverage_precision_curve(raw, ok, n_gold)
    reach = coverage[prec >= precision]
    return float(reach.max()) if len(reach) else 0.0


def plot_coverage_precision(curves: dict, points: dict, path: Path, target: float = DEFAULT_THRESHOLD) -> None:
    """One panel per system: the ranking's coverage/precision curve and, per calibration design,
    the cross-validated (coverage, precision) of the codes scored >= each threshold."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(curves), figsize=(5.2 * len(curves), 4.6), squeeze=False)
    markers = {"logistic": "D", "per-code": "s", "set-precision": "o"}
    for ax, (s, (cov, prec)) in zip(axes[0], curves.items()):
        ax.plot(cov, prec, "-", color="0.4", lw=1.2, label="ranking, all dev notes pooled")
        for kind, pts in points[s].items():
            xs = [p["coverage"] for _, p in pts]
            ys = [p["precision"] for _, p in pts]
            ax.plot(xs, ys, markers[kind], ms=6, ls="none", label=f"{kind}: accepted at 0.8 / 0.9 / 0.95 (CV)")
            for (t, _), x, y in zip(pts, xs, ys):
                if x == x and y == y:
                    ax.annotate(f"{t:g}", (x, y), textcoords="offset points", xytext=(4, 3), fontsize=7)
        ax.axhline(target, color="tab:red", lw=0.8, ls="--")
        ax.set_xlim(0, 0.5)
        ax.set_ylim(0.6, 1.005)
        ax.set_xlabel("share of gold codes accepted (coverage)")
        ax.set_ylabel("precision of the accepted codes")
        ax.set_title(f"{s} (CodiEsp-{s.tag} dev)", fontsize=10)
        ax.legend(loc="lower left", fontsize=7)
    fig.suptitle("Accepted codes: coverage vs precision (CV: 5-fold by note, 10 repeats)", fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode eval reliability", description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--artifact", type=Path, default=paths.coder_dir())
    ap.add_argument(
        "--encoder",
        type=Path,
        default=paths.encoder_dir("int8"),
        help="the exported encoder the artifact was fitted on (default: this build's int8 encoder)",
    )
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (by note)")
    ap.add_argument("--repeats", type=int, default=10, help="cross-validation repeats (fold seeds)")
    ap.add_argument("--png", type=Path, default=Path("docs/img/reliability.png"))
    ap.add_argument("--curve-png", type=Path, default=Path("docs/img/coverage_precision.png"))
    args = ap.parse_args(argv)
    from medcode.codesets import icd10cm, icd10pcs
    from medcode.coding.coder import Coder

    split = load_split(args.data, args.split)
    coder = Coder.load(args.artifact)
    texts = [split.texts[d] for d in split.ids]
    golds = {s: [set(split.gold(s).get(d, [])) for d in split.ids] for s in CODIESP_SYSTEMS if s in coder.models}
    texts = served_texts(texts, coder_text_kind(coder))  # the text the coder ranks when served
    raw = raw_scores(coder, texts, embed_notes(texts, args.encoder), golds)
    pairs: dict = {}
    curves: dict = {}
    points: dict = {}
    thresholds = sorted({0.8, 0.9, args.threshold})
    for s, scored in raw.items():
        r, ok, docs, servable = scored.raw, scored.ok, scored.docs, scored.servable
        n_gold = sum(len(g) for g in golds[s])
        pairs[s] = (cross_calibrated(r, ok, docs), ok)  # logistic, 2-fold: the reliability diagram
        curves[s] = coverage_precision_curve(r, ok, n_gold)
        points[s] = {}
        print(
            f"{s.tag} ({s}): {len(r)} candidates, {n_gold} gold codes; artifact calibration {coder.calibrators[s].kind}"
        )
        for kind in FITTERS:
            points[s][kind] = []
            for t in thresholds:
                a = accepted_at(r, ok, docs, n_gold, t, kind, k=args.folds, repeats=args.repeats)
                points[s][kind].append((t, a))
                print(
                    f"  {kind:13s} >= {t:<4g} ({args.folds}-fold CV x {args.repeats}): {a['accepted']:6.1f} codes, "
                    f"precision {a['precision']:.4f} (worst run {a['worst_run_precision']:.4f}), "
                    f"covering {a['coverage']:.4f} of gold codes"
                )
        kind = coder.calibrators[s].kind
        margin = ((coder.meta.get("cross_validated") or {}).get(s.tag) or {}).get("margin", 1.0)
        a = accepted_at(
            r,
            ok,
            docs,
            n_gold,
            args.threshold,
            kind,
            k=args.folds,
            repeats=args.repeats,
            options={"z": margin},
            servable=servable,
        )
        print(
            f"  {kind:13s} z={margin:g} (the artifact's margin) >= {args.threshold:<4g} and accepted when served "
            f"(checks passed, CV): {a['accepted']:6.1f} "
            f"codes, precision {a['precision']:.4f} (worst run {a['worst_run_precision']:.4f}), covering "
            f"{a['coverage']:.4f} of gold codes ({int((~servable).sum())} of {len(r)} candidates fail a check)"
        )
        lo, hi = precision_interval(r, ok, docs, args.threshold, kind, options={"z": margin}, servable=servable)
        print(
            f"  how precisely {len(np.unique(docs))} notes measure that precision: {lo:.4f}-{hi:.4f} "
            "(90 % of bootstrap resamples of the notes, each cross-validated)"
        )
        print(f"  gold codes among the candidates that serving holds back, by check: {held_back(scored)}")
        print(
            f"  ceiling: the best threshold, chosen in-sample, would cover {coverage_ceiling(r, ok, n_gold, args.threshold):.4f} "
            f"of gold codes at precision >= {args.threshold:g} over every candidate, "
            f"{coverage_ceiling(r[servable], ok[servable], n_gold, args.threshold):.4f} over those serving can accept"
        )
        m = coder.calibrators[s](r) >= args.threshold
        print(
            f"  artifact calibrator >= {args.threshold:g} (in-sample when calibrated on this split): {int(m.sum())} "
            f"codes, precision {ok[m].mean() if m.any() else float('nan'):.4f}, covering {ok[m].sum() / n_gold:.4f}"
        )
    plot_reliability(pairs, args.png)
    plot_coverage_precision(curves, points, args.curve_png, args.threshold)
    print(f"reliability curve: {args.png}; coverage/precision curve: {args.curve_png}")
    rep = evaluate_in_process(coder, args.data, args.split, threshold=args.threshold)
    for s, e in error_analysis(rep, split).items():
        title = icd10cm.title if CodeSystem.parse(s) is CodeSystem.ICD10CM else icd10pcs.title
        for kind in ("misses", "false_positives"):
            print(f"\n{s} most frequent {kind.replace('_', ' ')}:")
            for c, n in e[kind]:
                print(f"  {n:3d}  {c:10s} {title(c)[:70]}")
    return 0
