"""The ranker's trees as an ONNX `TreeEnsembleRegressor`, run by ONNX Runtime.

Why: the numpy `Forest` walks 250 trees of depth up to 20 level by level, ~10 ms per system
and note on a busy 2-core host — a quarter of the ranking time. ONNX Runtime's tree kernel
(C++, one thread) gives the same scores in a fraction of that. Thresholds and inputs stay
float64 (`*_as_tensor` attributes), so every split decides exactly as in `Forest`; the
`Forest` arrays remain the saved source of truth and the fallback.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from medcode.coding.forest import Forest

ML_OPSET = 3


def to_onnx(forest: Forest, n_features: int) -> bytes:
    """Serialize `forest` (raw decision function, no sigmoid) as an ONNX model; needs `onnx`."""
    from onnx import TensorProto, helper, numpy_helper

    n_nodes = len(forest.feature)
    tree_of = np.searchsorted(forest.roots, np.arange(n_nodes), side="right") - 1
    local = np.arange(n_nodes) - forest.roots[tree_of]
    leaf = forest.is_leaf
    branch = ~leaf
    leaves = np.flatnonzero(leaf)

    node = helper.make_node(
        "TreeEnsembleRegressor",
        ["X"],
        ["Y"],
        domain="ai.onnx.ml",
        n_targets=1,
        aggregate_function="SUM",
        post_transform="NONE",
        nodes_treeids=tree_of.tolist(),
        nodes_nodeids=local.tolist(),
        nodes_featureids=np.where(branch, forest.feature, 0).tolist(),
        nodes_modes=["LEAF" if x else "BRANCH_LEQ" for x in leaf],
        nodes_values_as_tensor=numpy_helper.from_array(np.where(branch, forest.threshold, 0.0).astype(np.float64)),
        nodes_truenodeids=np.where(branch, forest.left - forest.roots[tree_of], 0).tolist(),
        nodes_falsenodeids=np.where(branch, forest.right - forest.roots[tree_of], 0).tolist(),
        nodes_missing_value_tracks_true=np.where(branch, forest.missing_left, False).astype(np.int64).tolist(),
        target_ids=[0] * len(leaves),
        target_treeids=tree_of[leaves].tolist(),
        target_nodeids=local[leaves].tolist(),
        target_weights_as_tensor=numpy_helper.from_array(forest.value[leaves].astype(np.float64)),
        base_values_as_tensor=numpy_helper.from_array(np.array([forest.baseline], dtype=np.float64)),
    )
    graph = helper.make_graph(
        [node],
        "medcode_ranker",
        [helper.make_tensor_value_info("X", TensorProto.DOUBLE, [None, n_features])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [None, 1])],
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", 18), helper.make_opsetid("ai.onnx.ml", ML_OPSET)],
        producer_name="medcode",
    )
    model.ir_version = 9
    return model.SerializeToString()


class OnnxForest:
    """Drop-in for `Forest.predict_proba` backed by an ONNX Runtime session (one thread)."""

    def __init__(self, model: bytes | Path, forest: Forest):
        from medcode.coding.encoder import make_session

        self.forest = forest  # the arrays it was built from (saved with the artifact)
        self._session = make_session(model, threads=1)

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        X = np.ascontiguousarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[0] == 0:
            return np.zeros(0)
        return self._session.run(["Y"], {"X": X})[0][:, 0].astype(np.float64)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.decision_function(X)))
        return np.column_stack([1 - p, p])


def add_onnx_rankers(artifact_dir: Path) -> list[Path]:
    """Write `ranker_<system>.onnx` beside each `ranker_<system>.npz` of a coder artifact that
    lacks it (artifacts trained before the rankers were saved as ONNX)."""
    from medcode.coding.signals import FEATURES

    written = []
    for npz in sorted(Path(artifact_dir).glob("ranker_*.npz")):
        out = npz.with_suffix(".onnx")
        if not out.exists():
            with np.load(npz) as z:
                out.write_bytes(to_onnx(Forest.from_arrays(z), len(FEATURES)))
            written.append(out)
    return written
