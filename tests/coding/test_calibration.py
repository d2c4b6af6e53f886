"""Calibration: monotone, within [0, 1], honest on held-out data, conservative on thin evidence."""

import numpy as np

from medcode.coding.calibration import conservative_levels, cross_calibrated, fit_calibrator


def _data(n=20000, seed=0):
    rng = np.random.default_rng(seed)
    raw = rng.random(n)
    y = rng.random(n) < raw**2  # true probability = raw^2
    return raw, y


def test_calibrator_is_monotone_and_bounded():
    raw, y = _data()
    cal = fit_calibrator(raw, y)
    xs = np.linspace(-0.5, 1.5, 201)
    out = cal(xs)
    assert np.all(np.diff(out) >= -1e-12)
    assert out.min() >= 0 and out.max() <= 1


def test_calibrated_scores_track_frequencies_on_new_data():
    raw, y = _data(seed=0)
    cal = fit_calibrator(raw, y)
    raw2, y2 = _data(seed=1)
    s = cal(raw2)
    for lo, hi in ((0.2, 0.3), (0.6, 0.7)):
        m = (s >= lo) & (s < hi)
        assert lo - 0.05 <= y2[m].mean() <= hi + 0.05


def test_wilson_levels_pull_thin_blocks_down():
    fitted = np.array([0.5] * 1000 + [1.0] * 3)
    y = np.array([1] * 500 + [0] * 500 + [1] * 3)
    levels = conservative_levels(np.array([0.5, 1.0]), fitted, y)
    assert levels[1] < 0.8  # 3 of 3 correct is weak evidence
    assert abs(levels[0] - 0.5) < 0.03  # 1000 codes: barely moved
    assert np.all(np.diff(levels) >= 0)


def test_cross_calibrated_uses_other_notes_only():
    raw, y = _data(4000)
    docs = np.arange(len(raw)) // 20
    out = cross_calibrated(raw, y, docs, k=2)
    assert out.shape == raw.shape and np.all((out >= 0) & (out <= 1))
