"""The numpy tree walker must reproduce scikit-learn's probabilities exactly."""

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from medcode.coding.forest import Forest


def test_forest_matches_sklearn_with_missing_values():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(3000, 6))
    y = (X[:, 0] + 0.5 * np.nan_to_num(X[:, 1]) + rng.normal(scale=0.5, size=3000) > 0.8).astype(int)
    X[rng.random(X.shape) < 0.2] = np.nan
    model = HistGradientBoostingClassifier(max_iter=40, random_state=0, early_stopping=False).fit(X, y)
    forest = Forest.from_sklearn(model)
    Xt = rng.normal(size=(500, 6))
    Xt[rng.random(Xt.shape) < 0.2] = np.nan
    np.testing.assert_allclose(forest.predict_proba(Xt), model.predict_proba(Xt), atol=1e-9)
    again = Forest.from_arrays(forest.to_arrays())
    np.testing.assert_allclose(again.predict_proba(Xt)[:, 1], model.predict_proba(Xt)[:, 1], atol=1e-9)
    assert forest.predict_proba(np.zeros((0, 6))).shape == (0, 2)


def test_onnx_runtime_trees_decide_exactly_like_the_numpy_forest():
    """The served ranker runs the trees in ONNX Runtime: same splits (float64 thresholds, NaN
    routed as trained), so scores agree to float32 output precision, also on values that sit
    exactly on a threshold."""
    from medcode.coding.forest_onnx import OnnxForest, to_onnx

    rng = np.random.default_rng(1)
    X = rng.normal(size=(3000, 6))
    y = (X[:, 0] - np.nan_to_num(X[:, 2]) + rng.normal(scale=0.5, size=3000) > 0.2).astype(int)
    X[rng.random(X.shape) < 0.2] = np.nan
    model = HistGradientBoostingClassifier(max_iter=40, random_state=0, early_stopping=False).fit(X, y)
    forest = Forest.from_sklearn(model)
    onnx_forest = OnnxForest(to_onnx(forest, 6), forest)
    Xt = rng.normal(size=(500, 6))
    Xt[rng.random(Xt.shape) < 0.2] = np.nan
    branch = ~forest.is_leaf
    on_threshold = np.tile(Xt[:1], (50, 1))
    on_threshold[np.arange(50), forest.feature[branch][:50]] = forest.threshold[branch][:50]
    Xt = np.vstack([Xt, on_threshold])
    np.testing.assert_allclose(onnx_forest.decision_function(Xt), forest.decision_function(Xt), atol=1e-5)
    np.testing.assert_allclose(onnx_forest.predict_proba(Xt), model.predict_proba(Xt), atol=1e-6)
    assert onnx_forest.predict_proba(np.zeros((0, 6))).shape == (0, 2)


def test_a_bagged_forest_scores_the_mean_of_its_members_and_serves_as_one():
    """The bagged ranker is saved and served as one ensemble (npz, ONNX): its decision function
    must be exactly the mean of the members' (`medcode.training.train_coder`, BAGS)."""
    from medcode.coding.forest_onnx import OnnxForest, to_onnx

    rng = np.random.default_rng(2)
    X = rng.normal(size=(2000, 5))
    y = (X[:, 0] + rng.normal(scale=0.7, size=2000) > 0.3).astype(int)
    members = [
        HistGradientBoostingClassifier(max_iter=20 + 10 * i, random_state=0, early_stopping=False).fit(X[i::3], y[i::3])
        for i in range(3)
    ]
    bagged = Forest.mean([Forest.from_sklearn(m) for m in members])
    Xt = rng.normal(size=(300, 5))
    expected = np.mean([m.decision_function(Xt) for m in members], axis=0)
    np.testing.assert_allclose(bagged.decision_function(Xt), expected, atol=1e-9)
    np.testing.assert_allclose(Forest.from_arrays(bagged.to_arrays()).decision_function(Xt), expected, atol=1e-9)
    np.testing.assert_allclose(OnnxForest(to_onnx(bagged, 5), bagged).decision_function(Xt), expected, atol=1e-5)
