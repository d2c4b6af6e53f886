"""Score calibration: raw ranker score -> the score a site thresholds (default 0.95).

Three designs, chosen per code system at training (`medcode train --calibration`):
- logistic ("logistic", the default): a logistic curve in the logit of the raw score (Platt
  scaling), lowered by one standard error of the fitted curve; a score is the probability that
  this code is right. Two parameters fitted on every candidate: the top of the scale borrows
  strength from the whole ranking instead of resting on the few codes that happen to score
  highest on the calibration notes;
- per-code ("per-code"): isotonic regression with conservative (Wilson lower-bound) levels;
  a score is the probability that this code is right;
- set precision ("set-precision"): a score s means the codes scoring >= s form a set whose
  precision is >= s (Wilson lower bound); thresholding at 0.95 keeps the accepted set 95 %
  correct while accepting every code that allows.

Fitted on a held-out split's ranker scores (the features there come from statistics fitted
on all training notes, exactly as when serving); without one, on the ranker's out-of-fold
scores. `cross_calibrated` / `accepted_at` give the honest estimate of how a calibrator fitted
this way behaves on notes it did not see, and `precision_interval` how precisely the split's
notes pin that estimate down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from medcode.codesets.systems import CodeSystem
from medcode.coding.coder import Calibrator

# The score a code must reach to be accepted without review, unless the caller sets another
# (OPTIONS.threshold); what every calibration design is built and checked for.
DEFAULT_THRESHOLD = 0.95


def conservative_levels(levels: np.ndarray, fitted: np.ndarray, y: np.ndarray, z: float = 1.0) -> np.ndarray:
    """Replace each isotonic level by the Wilson lower bound of its block's share correct (then
    re-impose monotonicity): a level backed by few codes is pulled down, so that a score
    >= 0.95 keeps meaning >= 95% correct on new notes."""
    out = np.asarray(levels, dtype=np.float64).copy()
    for v in np.unique(out):
        m = np.isclose(fitted, v)
        n = m.sum()
        if n == 0:
            continue
        p = y[m].mean()
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
        out[np.isclose(out, v)] = max(0.0, centre - half)
    return np.maximum.accumulate(out)


def fit_calibrator(raw: np.ndarray, y: np.ndarray, z: float = 1.0) -> Calibrator:
    """Per-code calibration: isotonic regression, each level its block's Wilson lower bound."""
    from sklearn.isotonic import IsotonicRegression

    raw, y = np.asarray(raw, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(raw) == 0:
        return Calibrator(np.zeros(0), np.zeros(0), PER_CODE)
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(raw, y)
    return Calibrator(iso.X_thresholds_, conservative_levels(iso.y_thresholds_, iso.predict(raw), y, z), PER_CODE)


def wilson_lower(p: np.ndarray, n: np.ndarray, z: float = 1.0) -> np.ndarray:
    """Wilson score lower bound of a share `p` observed on `n` items."""
    p, n = np.asarray(p, dtype=np.float64), np.asarray(n, dtype=np.float64)
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return np.maximum(0.0, centre - half)


def fit_set_precision_calibrator(
    raw: np.ndarray, y: np.ndarray, z: float = 1.0, floor: float = 0.5, step: float = 1e-3
) -> Calibrator:
    """Set-precision calibration: raw score -> precision of the largest accepted set holding the code.

    Each threshold r selects the calibration codes {raw >= r}; their precision P(r) is taken as
    its Wilson lower bound (z), and a code scoring raw r gets max P(r') over r' <= r. The codes
    scoring >= s are then the largest top set whose precision is >= s: a site threshold of 0.95
    accepts as many codes as keeps the accepted set 95 % correct, where per-code calibration
    accepts only codes that are each 95 % likely. Levels are floored to `step` (conservative).

    Below `floor` the score is the per-code one (`fit_calibrator`) where that is lower: the
    long tail of unlikely candidates keeps per-code probabilities (a set level there is the
    precision of nearly all candidates, ~0.1), so codes of different systems still interleave
    as before in `Coder.rank`'s merged list. Thresholds >= `floor` keep the set meaning.
    """
    raw, y = np.asarray(raw, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(raw) == 0:
        return Calibrator(np.zeros(0), np.zeros(0), SET_PRECISION)
    order = np.argsort(-raw, kind="stable")
    r, t = raw[order], y[order]
    tp, n = np.cumsum(t), np.arange(1, len(t) + 1)
    last = np.r_[r[1:] != r[:-1], True]  # the set {raw >= r} ends after the last of r's ties
    xs, lb = r[last], wilson_lower(tp[last] / n[last], n[last], z)
    # max over lower thresholds = over the larger sets: a running max from the bottom of the list
    level = np.maximum.accumulate(lb[::-1])[::-1]
    level = np.floor(level / step + 1e-9) * step
    xs, level = xs[::-1], level[::-1]  # ascending raw score, non-decreasing level
    per_code = fit_calibrator(raw, y, z)(xs)
    level = np.where(level >= floor, level, np.minimum(level, per_code))  # still non-decreasing
    new = np.r_[True, level[1:] != level[:-1]]
    keep = new | np.r_[new[1:], True]  # first and last point of each level
    return Calibrator(xs[keep], np.minimum(level[keep], 1.0), SET_PRECISION)


def fit_logistic_calibrator(raw: np.ndarray, y: np.ndarray, z: float = 1.0, points: int = 400) -> Calibrator:
    """Logistic calibration: P(right) = sigmoid(a + b * logit(raw)), fitted by maximum likelihood on
    every candidate, each point lowered by `z` standard errors of the fitted linear predictor
    (inverse Fisher information of a and b), tabulated at `points` quantiles of the raw scores.

    Why: isotonic levels at the top of the scale rest on the few dozen codes that score highest on
    the calibration notes, and a block of them that happens to be all right gets a level near 1;
    on other notes those codes were right about nine times in ten (the cross-validated 0.95 sets
    of docs/coding-quality.md). Two parameters cannot chase such a block; the standard-error
    margin widens where few candidates score (the extremes)."""
    from sklearn.linear_model import LogisticRegression

    raw, y = np.asarray(raw, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(raw) == 0:
        return Calibrator(np.zeros(0), np.zeros(0), LOGISTIC)
    xs = np.unique(np.quantile(raw, np.linspace(0.0, 1.0, points)))
    if y.min() == y.max():  # one class: no curve to fit; every score gets the share's lower bound
        level = float(wilson_lower(np.array(y.mean()), np.array(len(y)), z))
        return Calibrator(xs, np.full(len(xs), level), LOGISTIC)
    logit = _logit(raw)
    # C=inf: no penalty, a plain maximum-likelihood fit
    model = LogisticRegression(C=np.inf, max_iter=1000).fit(logit[:, None], y)
    a, b = float(model.intercept_[0]), float(model.coef_[0, 0])
    p = model.predict_proba(logit[:, None])[:, 1]
    design = np.column_stack([np.ones(len(raw)), logit])
    cov = np.linalg.pinv((design * (p * (1 - p))[:, None]).T @ design)
    grid = np.column_stack([np.ones(len(xs)), _logit(xs)])
    se = np.sqrt(np.maximum(np.einsum("ij,jk,ik->i", grid, cov, grid), 0.0))
    return Calibrator(xs, np.maximum.accumulate(1.0 / (1.0 + np.exp(-(a + b * grid[:, 1] - z * se)))), LOGISTIC)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


LOGISTIC = "logistic"
PER_CODE = "per-code"
SET_PRECISION = "set-precision"
FITTERS: dict[str, Callable[..., Calibrator]] = {
    LOGISTIC: fit_logistic_calibrator,
    PER_CODE: fit_calibrator,
    SET_PRECISION: fit_set_precision_calibrator,
}


def fit_kind(kind: str, raw: np.ndarray, y: np.ndarray, options: dict | None = None) -> Calibrator:
    """A calibrator of `kind` ("logistic", "per-code" or "set-precision") fitted on raw scores and
    labels; `options` are the design's own keywords (its margin z)."""
    if kind not in FITTERS:
        raise ValueError(f"unknown calibration {kind!r}; expected one of {', '.join(FITTERS)}")
    return FITTERS[kind](raw, y, **(options or {}))


def cross_calibrated(
    raw: np.ndarray,
    y: np.ndarray,
    docs: np.ndarray,
    k: int = 2,
    seed: int = 0,
    kind: str = LOGISTIC,
    options: dict | None = None,
) -> np.ndarray:
    """Calibrated scores where each note's scores come from a calibrator of `kind` (and fitter
    `options`) fitted on the other notes (k folds by note): how the calibration behaves on notes
    it did not see."""
    rng = np.random.default_rng(seed)
    ud = np.unique(docs)
    fold_of = dict(zip(ud, rng.permutation(len(ud)) % k))
    fold = np.array([fold_of[d] for d in docs])
    out = np.zeros(len(raw))
    for f in range(k):
        cal = fit_kind(kind, raw[fold != f], y[fold != f], options)
        out[fold == f] = cal(raw[fold == f])
    return out


def accepted_at(
    raw: np.ndarray,
    y: np.ndarray,
    docs: np.ndarray,
    n_gold: int,
    threshold: float,
    kind: str,
    k: int = 5,
    repeats: int = 10,
    options: dict | None = None,
    servable: np.ndarray | None = None,
) -> dict:
    """Cross-validated accepted set at `threshold`: k-fold by note, repeated with `repeats` fold
    seeds, pooled. Returns codes accepted per run, their precision, the share of gold codes
    they cover, and the worst run's precision. With `servable` (`Scored.servable`) only the
    candidates that pass serving's checks count, as serving accepts them; the calibrator is
    still fitted on every candidate, as `medcode train` fits it."""
    tp = n = 0
    worst = 1.0
    for seed in range(repeats):
        m = cross_calibrated(raw, y, docs, k=k, seed=seed, kind=kind, options=options) >= threshold
        if servable is not None:
            m &= servable
        tp += int(y[m].sum())
        n += int(m.sum())
        if m.any():
            worst = min(worst, float(y[m].mean()))
    return {
        "accepted": n / repeats,
        "precision": tp / n if n else float("nan"),
        "coverage": tp / repeats / n_gold if n_gold else float("nan"),
        "worst_run_precision": worst if n else float("nan"),
    }


def precision_interval(
    raw: np.ndarray,
    y: np.ndarray,
    docs: np.ndarray,
    threshold: float,
    kind: str,
    options: dict | None = None,
    servable: np.ndarray | None = None,
    resamples: int = 100,
    level: float = 0.90,
    k: int = 5,
    seed: int = 0,
) -> tuple[float, float]:
    """How precisely the split measures the accepted set's precision: the central `level` interval
    of `accepted_at`'s precision over `resamples` bootstrap resamples of the notes (drawn with
    replacement; a note drawn twice stays in one fold, so it is never scored by a calibrator that
    saw it).

    Why: the cross-validated precision is one estimate from a few hundred notes. Its repeats
    average over fold seeds, not over which notes were coded, so it cannot show that the same
    ranking on another 250 notes could land a point or two either side of the threshold; this
    interval does. Resamples where nothing is accepted are left out."""
    rng = np.random.default_rng(seed)
    notes = np.unique(docs)
    rows = {d: np.flatnonzero(docs == d) for d in notes}
    precisions = []
    for _ in range(resamples):
        idx = np.concatenate([rows[d] for d in rng.choice(notes, len(notes))])
        a = accepted_at(
            raw[idx],
            y[idx],
            docs[idx],
            1,
            threshold,
            kind,
            k=k,
            repeats=1,
            options=options,
            servable=None if servable is None else servable[idx],
        )
        if a["accepted"]:
            precisions.append(a["precision"])
    if not precisions:
        return float("nan"), float("nan")
    lo, hi = np.quantile(precisions, [(1 - level) / 2, (1 + level) / 2])
    return float(lo), float(hi)


class Scored(NamedTuple):
    """Every candidate of a system over a split's notes: raw ranker score, whether it is a gold
    code, its note's index, the assertion of its evidence and the checks it fails that need
    neither the patient nor the other codes (`medcode.checks.runner.note_failures`)."""

    raw: np.ndarray
    ok: np.ndarray
    docs: np.ndarray
    assertions: list[str]
    failed: list[list[str]]

    @property
    def servable(self) -> np.ndarray:
        """Whether serving could accept each candidate: it fails none of those checks."""
        return np.array([not f for f in self.failed], dtype=bool)


def raw_scores(coder, texts: list[str], embedded, golds: dict[CodeSystem, list[set[str]]]) -> dict[CodeSystem, Scored]:
    """system -> `Scored` over every candidate of every note, for the systems `golds` names (the
    ones the notes were coded for)."""
    from medcode.checks.runner import note_failures
    from medcode.coding.codes import to_product

    systems = [s for s in coder.models if s in golds]
    out: dict[CodeSystem, tuple[list, list, list, list, list]] = {s: ([], [], [], [], []) for s in systems}
    for i, (t, (sents, emb)) in enumerate(zip(texts, embedded)):
        note = coder.note_input(t, sents, emb)
        mentions = coder.mentions(note)
        for s in systems:
            if not golds[s][i] and s is not CodeSystem.ICD10CM:
                continue  # as CodiEsp-P: notes without procedures are not scored
            codes, raw, _, ev = coder.score_system(s, note)
            out[s][0].extend(raw)
            out[s][1].extend(c in golds[s][i] for c in codes)
            out[s][2].extend([i] * len(codes))
            for c, e in zip(codes, ev):
                assertion = coder.evidence(t, sents, mentions, c, e)[1]
                out[s][3].append(str(assertion))
                out[s][4].append(note_failures(s, to_product(s, c), assertion))
    return {s: Scored(np.array(a), np.array(b, dtype=bool), np.array(c), d, f) for s, (a, b, c, d, f) in out.items()}
