"""A gradient-boosted tree ensemble as plain arrays, evaluated with numpy.

Why: scikit-learn's HistGradientBoosting predicts tree by tree with an OpenMP call each, which
costs ~0.1-0.3 ms per tree on a busy 2-core host — too slow for a 50 ms ranking budget. All
trees here are walked together, one vectorised step per depth level; the arrays are saved in
npz, so the served artifact holds no pickled model.
"""

from __future__ import annotations

import numpy as np


class Forest:
    def __init__(
        self,
        feature: np.ndarray,
        threshold: np.ndarray,
        missing_left: np.ndarray,
        left: np.ndarray,
        right: np.ndarray,
        is_leaf: np.ndarray,
        value: np.ndarray,
        roots: np.ndarray,
        baseline: float,
        depth: int,
    ):
        self.feature = feature.astype(np.int64)
        self.threshold = threshold.astype(np.float64)
        self.missing_left = missing_left.astype(bool)
        self.left = left.astype(np.int64)
        self.right = right.astype(np.int64)
        self.is_leaf = is_leaf.astype(bool)
        self.value = value.astype(np.float64)
        self.roots = roots.astype(np.int64)
        self.baseline = float(baseline)
        self.depth = int(depth)

    @classmethod
    def from_sklearn(cls, model) -> Forest:
        """From a fitted binary HistGradientBoostingClassifier (numerical features only)."""
        if model.n_trees_per_iteration_ != 1:
            raise ValueError("only binary classifiers are supported")
        parts, roots, offset, depth = [], [], 0, 0
        for (pred,) in model._predictors:
            n = pred.nodes
            if n["is_categorical"].any():
                raise ValueError("categorical splits are not supported")
            parts.append(
                (
                    n["feature_idx"],
                    n["num_threshold"],
                    n["missing_go_to_left"],
                    n["left"] + offset,
                    n["right"] + offset,
                    n["is_leaf"],
                    n["value"],
                )
            )
            roots.append(offset)
            offset += len(n)
            depth = max(depth, int(n["depth"].max()))
        feature, threshold, missing_left, left, right, is_leaf, value = (
            np.concatenate([p[i] for p in parts]) for i in range(7)
        )
        baseline = float(np.ravel(model._baseline_prediction)[0])
        return cls(feature, threshold, missing_left, left, right, is_leaf, value, np.array(roots), baseline, depth)

    @classmethod
    def mean(cls, forests: list[Forest]) -> Forest:
        """One forest whose decision function is the mean of `forests`' (a bagged ranker): the
        trees side by side, each leaf value and the baseline divided by their number, so the
        saved and served form (npz, ONNX) stays a single ensemble."""
        if not forests:
            raise ValueError("no forests to average")
        b = len(forests)
        offsets = np.cumsum([0] + [len(f.feature) for f in forests[:-1]])
        return cls(
            np.concatenate([f.feature for f in forests]),
            np.concatenate([f.threshold for f in forests]),
            np.concatenate([f.missing_left for f in forests]),
            np.concatenate([f.left + o for f, o in zip(forests, offsets)]),
            np.concatenate([f.right + o for f, o in zip(forests, offsets)]),
            np.concatenate([f.is_leaf for f in forests]),
            np.concatenate([f.value for f in forests]) / b,
            np.concatenate([f.roots + o for f, o in zip(forests, offsets)]),
            sum(f.baseline for f in forests) / b,
            max(f.depth for f in forests),
        )

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        X = np.ascontiguousarray(X, dtype=np.float64)
        n, n_feat = X.shape if X.ndim == 2 else (0, 0)
        if n == 0:
            return np.zeros(0)
        n_trees = len(self.roots)
        node = np.tile(self.roots, n)  # (n * n_trees,) row-major by sample
        base = np.repeat(np.arange(n) * n_feat, n_trees)
        flat = X.ravel()
        active = np.flatnonzero(~self.is_leaf[node])
        while len(active):
            nd = node[active]
            x = flat[base[active] + self.feature[nd]]
            go_left = np.where(np.isnan(x), self.missing_left[nd], x <= self.threshold[nd])
            nd = np.where(go_left, self.left[nd], self.right[nd])
            node[active] = nd
            active = active[~self.is_leaf[nd]]
        return self.baseline + self.value[node].reshape(n, n_trees).sum(axis=1)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """(n, 2) like scikit-learn: column 1 is the positive-class probability."""
        p = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1 - p, p])

    def to_arrays(self) -> dict[str, np.ndarray]:
        return {
            "feature": self.feature,
            "threshold": self.threshold,
            "missing_left": self.missing_left,
            "left": self.left,
            "right": self.right,
            "is_leaf": self.is_leaf,
            "value": self.value,
            "roots": self.roots,
            "baseline": np.array(self.baseline),
            "depth": np.array(self.depth),
        }

    @classmethod
    def from_arrays(cls, z) -> Forest:
        return cls(
            z["feature"],
            z["threshold"],
            z["missing_left"],
            z["left"],
            z["right"],
            z["is_leaf"],
            z["value"],
            z["roots"],
            float(z["baseline"]),
            int(z["depth"]),
        )
