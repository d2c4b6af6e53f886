"""CodiEsp metrics against hand-computed cases."""

import pytest

from medcode.training.coding_metrics import average_precision, mean_average_precision, micro_prf, precision_at_k


def test_average_precision_hand_computed():
    # relevant at ranks 1 and 3 of gold size 3: (1/1 + 2/3) / 3
    assert average_precision(["a", "x", "b", "y"], {"a", "b", "c"}) == pytest.approx((1 + 2 / 3) / 3)


def test_average_precision_perfect_and_empty():
    assert average_precision(["a", "b"], {"a", "b"}) == 1.0
    assert average_precision([], {"a"}) == 0.0
    assert average_precision(["a"], set()) == 0.0


def test_duplicates_count_once():
    # the repeated "x" must not push "b" down: b is at rank 3 after de-duplication
    assert average_precision(["x", "x", "a", "b"], {"a", "b"}) == pytest.approx((1 / 2 + 2 / 3) / 2)


def test_map_docs_without_predictions_score_zero_and_docs_without_gold_are_ignored():
    gold = {"d1": ["a"], "d2": ["b"], "d3": []}
    pred = {"d1": ["a"], "d3": ["z"]}
    assert mean_average_precision(pred, gold) == pytest.approx(0.5)


def test_precision_at_k():
    gold = {"d1": ["a", "b"], "d2": ["c"]}
    pred = {"d1": ["a", "x", "b"], "d2": ["y"]}
    assert precision_at_k(pred, gold, 2) == pytest.approx((1 / 2 + 0) / 2)


def test_micro_prf():
    p, r, f = micro_prf({"d1": ["a", "x"], "d2": ["c"]}, {"d1": ["a", "b"], "d2": ["c"]})
    assert (p, r) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert f == pytest.approx(2 / 3)
    assert micro_prf({}, {"d": ["a"]}) == (0.0, 0.0, 0.0)
