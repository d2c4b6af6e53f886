"""Does a second-stage ranker over the first stage's scores and code co-occurrence lift the top of
the ranking? `medcode bench stacking_study`.

    medcode bench stacking_study [--seeds 0,1,2] [--systems D,P] [--params JSON ...] [--out DIR]

The first-stage ranker scores each candidate from its own signals only. A note's other candidates
say something too: codes that go together on the fitted notes (a diagnosis and its usual
findings), a more specific sibling scoring higher, how many codes the note seems to carry. The
study fits the first stage exactly as `medcode train` does (cross-fitted features, out-of-fold
scores by note), derives those note-level features from the out-of-fold scores and gold code
pairs of the fitted notes (a note's own codes left out of its pair counts), fits a second ranker on
both, and compares the two on CodiEsp dev (never fitted on): MAP in the coder's label form and the
precision of the pooled ranking where it covers 5, 10, 20 % of gold codes (what any calibration
can reach), each the mean over --seeds. `--params` (repeatable) reruns it with more candidates
per signal (`medcode.coding.signals.Params`: how wide the first stage casts its net), to weigh
candidate recall against the rows the ranker must score. Changes nothing shipped. CodiEsp: CC BY 4.0, Barcelona Supercomputing Center / Plan TL.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import time
from collections import Counter
from pathlib import Path

import numpy as np

from medcode import paths

STACK_FEATURES = [
    "s1",
    "s1_rank",
    "s1_rel",
    "note_sum",
    "note_n50",
    "co_sum",
    "co_max",
    "co_share",
    "sib_max",
    "sib_n",
    "longer_max",
    "shorter_max",
]


class PairCounts:
    """Gold code counts and pair counts over the fitted notes; `leave_out` removes one note's own."""

    def __init__(self, golds: list[set[str]]):
        self.n = Counter(c for g in golds for c in g)
        self.pairs: Counter = Counter()
        for g in golds:
            gs = sorted(g)
            for i, a in enumerate(gs):
                for b in gs[i + 1 :]:
                    self.pairs[(a, b)] += 1
        self.docs = len(golds)

    def cond(self, c: str, j: str, own: set[str] | None) -> float:
        """P(c | j) over the fitted notes, smoothed; without the note's own codes when `own` given."""
        key = (c, j) if c < j else (j, c)
        nj, ncj = self.n.get(j, 0), self.pairs.get(key, 0)
        if own is not None and j in own:
            nj -= 1
            ncj -= c in own
        return ncj / (nj + 3.0)


def stack_rows(codes: list[str], s1: np.ndarray, pairs: PairCounts, own: set[str] | None, top: int = 15) -> np.ndarray:
    """Note-level features for each candidate from the first-stage scores of the note's others."""
    n = len(codes)
    out = np.zeros((n, len(STACK_FEATURES)), dtype=np.float32)
    if n == 0:
        return out
    order = np.argsort(-s1, kind="stable")
    rank = np.empty(n)
    rank[order] = np.arange(n)
    best = s1.max()
    heads = order[:top]
    for i, c in enumerate(codes):
        co = [s1[j] * pairs.cond(c, codes[j], own) for j in heads if j != i]
        wsum = sum(s1[j] for j in heads if j != i) + 1e-6
        sib = [s1[j] for j in range(n) if j != i and codes[j][:3] == c[:3]]
        longer = [s1[j] for j in range(n) if len(codes[j]) > len(c) and codes[j].startswith(c)]
        shorter = [s1[j] for j in range(n) if len(codes[j]) < len(c) and c.startswith(codes[j])]
        out[i] = [
            s1[i],
            rank[i],
            s1[i] / (best + 1e-9),
            s1.sum(),
            (s1 >= 0.5).sum(),
            sum(co),
            max(co, default=0.0),
            sum(co) / wsum,
            max(sib, default=0.0),
            sum(x >= 0.2 for x in sib),
            max(longer, default=0.0),
            max(shorter, default=0.0),
        ]
    return out


def by_doc(docs: np.ndarray) -> dict[int, np.ndarray]:
    out: dict[int, list[int]] = {}
    for r, d in enumerate(docs):
        out.setdefault(int(d), []).append(r)
    return {d: np.array(rs) for d, rs in out.items()}


def oof_scores(X: np.ndarray, y: np.ndarray, docs: np.ndarray, seed: int, k: int = 3) -> np.ndarray:
    """Out-of-fold probabilities by note (as `fit_ranker_and_calibrator` computes them)."""
    from medcode.training.train_coder import make_ranker

    rng = np.random.default_rng(seed + 1)
    ud = np.unique(docs)
    fold_of = dict(zip(ud, rng.permutation(len(ud)) % k))
    folds = np.array([fold_of[d] for d in docs])
    out = np.zeros(len(y))
    for f in range(k):
        m = make_ranker(seed, len(y)).fit(X[folds != f], y[folds != f])
        out[folds == f] = m.predict_proba(X[folds == f])[:, 1]
    return out


def summary(codes_by_doc: list[list[str]], s_by_doc: list[np.ndarray], golds: list[set[str]]) -> dict:
    """MAP of the rankings, the share of gold codes among the candidates, and the precision of the
    pooled ranking where it covers 5-20 % of gold codes (what any calibration can reach)."""
    from bench.ranker_bagging import precision_at_coverage
    from medcode.training.coding_metrics import mean_average_precision

    pred = {str(i): [c for _, c in sorted(zip(-s, cs))] for i, (cs, s) in enumerate(zip(codes_by_doc, s_by_doc))}
    gold = {str(i): g for i, g in enumerate(golds)}
    n_gold = sum(len(g) for g in golds)
    ok = np.array([c in g for cs, g in zip(codes_by_doc, golds) for c in cs], dtype=bool)
    scores = np.concatenate(s_by_doc) if s_by_doc else np.zeros(0)
    return {
        "map": round(mean_average_precision(pred, gold), 4),
        "candidate_recall": round(float(ok.sum()) / max(n_gold, 1), 4),
        "candidates_per_note": round(len(ok) / max(len(golds), 1), 1),
        "precision_at_coverage": precision_at_coverage(scores, ok, n_gold, (0.05, 0.10, 0.15, 0.20)),
    }


def first_stage(system, seed: int, params, data: Path, encoder: Path):
    """Cross-fitted training rows, their out-of-fold first-stage scores, and dev candidates with
    their feature rows (statistics from every training note), as `medcode train` builds them."""
    from medcode.codesets.systems import CodeSystem
    from medcode.coding.signals import SystemModel
    from medcode.training.codiesp_data import load_split
    from medcode.training.embeddings import embed_notes
    from medcode.training.served_text import served_texts
    from medcode.training.train_coder import TitleEmbeddings, build_dictionary, cross_fit, make_vectorizer, note_inputs

    tr, dev = load_split(data, "train"), load_split(data, "dev")
    g_tr = [set(tr.gold(system).get(d, [])) for d in tr.ids]
    g_dev = [set(dev.gold(system).get(d, [])) for d in dev.ids]
    keep_tr = [i for i, g in enumerate(g_tr) if g or system is CodeSystem.ICD10CM]  # as `fitted_rows`
    keep_dev = [i for i, g in enumerate(g_dev) if g]  # as CodiEsp scores them
    texts_tr = served_texts([tr.texts[tr.ids[i]] for i in keep_tr])
    texts_dev = served_texts([dev.texts[dev.ids[i]] for i in keep_dev])
    dic = build_dictionary() if system is CodeSystem.ICD10CM else None
    vec = make_vectorizer().fit(texts_tr)
    n_tr = note_inputs(texts_tr, embed_notes(texts_tr, encoder), vec, dic)
    n_dev = note_inputs(texts_dev, embed_notes(texts_dev, encoder), vec, dic)
    golds = [g_tr[i] for i in keep_tr]
    titles = TitleEmbeddings(system, encoder)
    X, y, docs, codes = cross_fit(params, n_tr, golds, titles, dic, 5, seed)
    full = SystemModel.fit(params, n_tr, golds, titles, dic)
    dev_rows = [full.features(n)[:2] for n in n_dev]
    return X, y, docs, codes, golds, dev_rows, [g_dev[i] for i in keep_dev]


def study(system, seed: int, overrides: dict, data: Path, encoder: Path) -> dict:
    """One run: first and second stage, out of fold on train and on dev."""
    from medcode.coding.signals import Params
    from medcode.training.train_coder import make_ranker

    t0 = time.time()
    params = dataclasses.replace(Params(), group_len=system.group_len, **overrides)
    X, y, docs, codes, golds_tr, dev_rows, golds_dev = first_stage(system, seed, params, data, encoder)
    s1_oof = oof_scores(X, y, docs, seed)
    pairs = PairCounts(golds_tr)
    codes_arr = np.array(codes, dtype=object)
    S = np.zeros((len(y), len(STACK_FEATURES)), dtype=np.float32)
    for d, rows in by_doc(docs).items():
        S[rows] = stack_rows(list(codes_arr[rows]), s1_oof[rows], pairs, golds_tr[d])
    X2 = np.hstack([X, S])
    stage1, stage2 = make_ranker(seed, len(y)).fit(X, y), make_ranker(seed, len(y)).fit(X2, y)
    s2_oof = oof_scores(X2, y, docs, seed + 7)
    dev_s1, dev_s2 = [], []
    for cs, Xd in dev_rows:
        p1 = stage1.predict_proba(Xd)[:, 1] if len(cs) else np.zeros(0)
        dev_s1.append(p1)
        p2 = stage2.predict_proba(np.hstack([Xd, stack_rows(cs, p1, pairs, None)]))[:, 1] if len(cs) else np.zeros(0)
        dev_s2.append(p2)
    dev_codes = [cs for cs, _ in dev_rows]
    n_tr = len(golds_tr)
    return {
        "system": system.tag,
        "seed": seed,
        "params": overrides,
        "train_oof": {
            "first_stage": summary(*per_doc(codes_arr, s1_oof, docs, n_tr), golds_tr),
            "second_stage": summary(*per_doc(codes_arr, s2_oof, docs, n_tr), golds_tr),
        },
        "dev": {
            "first_stage": summary(dev_codes, dev_s1, golds_dev),
            "second_stage": summary(dev_codes, dev_s2, golds_dev),
        },
        "seconds": round(time.time() - t0, 1),
    }


def main(argv: list[str] | None = None) -> int:
    from threadpoolctl import threadpool_limits

    from medcode.codesets.systems import CodeSystem

    ap = argparse.ArgumentParser(prog="medcode bench stacking_study", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=paths.codiesp_dir())
    ap.add_argument("--encoder", type=Path, default=paths.encoder_dir("int8"))
    ap.add_argument("--seeds", default="0,1,2", help="comma-separated cross-fitting and ranker seeds")
    ap.add_argument("--systems", default="D,P", help="CodiEsp tags")
    ap.add_argument(
        "--params",
        action="append",
        type=json.loads,
        default=None,
        help="candidate Params overrides as JSON, e.g. '{\"n_dense\": 40}'; repeat for more variants (default: {} only)",
    )
    ap.add_argument("--out", type=Path, default=paths.build_dir() / "stacking-study")
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    import sklearn.ensemble  # noqa: F401  (loads OpenMP so the limit applies, as `medcode train`)

    threadpool_limits(1)
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for tag in a.systems.split(","):
        for overrides in a.params or [{}]:
            for seed in (int(s) for s in a.seeds.split(",")):
                row = study(CodeSystem.parse(tag), seed, overrides, a.data, a.encoder)
                rows.append(row)
                print(json.dumps(row), flush=True)
    means: dict[str, list[dict]] = {}
    for row in rows:
        key = f"{row['system']} {json.dumps(row['params'], sort_keys=True)}"
        means.setdefault(key, []).append(row)
    print("\nmeans over seeds (MAP; train out of fold / dev):")
    for key, rs in means.items():
        m = {
            f"{part} {stage}": round(float(np.mean([r[part][stage]["map"] for r in rs])), 4)
            for part in ("train_oof", "dev")
            for stage in ("first_stage", "second_stage")
        }
        print(f"  {key}: {m}")
    out = a.out / f"stacking-study-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.json"
    out.write_text(json.dumps({"results": rows}, indent=1) + "\n")
    print(f"written: {out}")
    return 0


def per_doc(codes_arr, scores, docs, n: int) -> tuple[list[list[str]], list[np.ndarray]]:
    """Per note (0..n-1): its candidates and their scores, from the flat rows."""
    groups = by_doc(docs)
    cs = [list(codes_arr[groups[d]]) if d in groups else [] for d in range(n)]
    ss = [scores[groups[d]] if d in groups else np.zeros(0) for d in range(n)]
    return cs, ss


if __name__ == "__main__":
    raise SystemExit(main())
