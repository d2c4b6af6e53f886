"""Score calibration: isotonic regression with conservative (Wilson lower-bound) levels.

Fitted on a held-out split's ranker scores (the features there come from statistics fitted
on all training notes, exactly as when serving); without one, on the ranker's out-of-fold
scores. `cross_calibrated` gives the honest estimate of how a calibrator fitted this way
behaves on notes it did not see.
"""

from __future__ import annotations

import numpy as np

from medcode.codesets.systems import CodeSystem
from medcode.coding.coder import Calibrator


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
    from sklearn.isotonic import IsotonicRegression

    raw, y = np.asarray(raw, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(raw) == 0:
        return Calibrator(np.zeros(0), np.zeros(0))
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(raw, y)
    return Calibrator(iso.X_thresholds_, conservative_levels(iso.y_thresholds_, iso.predict(raw), y, z))


def cross_calibrated(raw: np.ndarray, y: np.ndarray, docs: np.ndarray, k: int = 2, seed: int = 0) -> np.ndarray:
    """Calibrated scores where each note's scores come from a calibrator fitted on other notes."""
    rng = np.random.default_rng(seed)
    ud = np.unique(docs)
    fold_of = dict(zip(ud, rng.permutation(len(ud)) % k))
    fold = np.array([fold_of[d] for d in docs])
    out = np.zeros(len(raw))
    for f in range(k):
        cal = fit_calibrator(raw[fold != f], y[fold != f])
        out[fold == f] = cal(raw[fold == f])
    return out


def raw_scores(coder, texts: list[str], embedded, golds: dict[CodeSystem, list[set[str]]]):
    """system -> (raw ranker scores, correct, note index) over every candidate of every note."""
    out: dict[CodeSystem, tuple[list[float], list[bool], list[int]]] = {s: ([], [], []) for s in coder.models}
    for i, (t, (sents, emb)) in enumerate(zip(texts, embedded)):
        note = coder.note_input(t, sents, emb)
        for s in coder.models:
            if not golds[s][i] and s is CodeSystem.ICD10PCS:
                continue  # CodiEsp-P: notes without procedures are not scored
            codes, raw, _, _ = coder.score_system(s, note)
            out[s][0].extend(raw)
            out[s][1].extend(c in golds[s][i] for c in codes)
            out[s][2].extend([i] * len(codes))
    return {s: (np.array(a), np.array(b, dtype=bool), np.array(c)) for s, (a, b, c) in out.items()}
