"""The day shape's schedule: 5,000 records, peak hour about 3x the mean, compressible."""

from __future__ import annotations

from collections import Counter

import pytest

from medcode.loadtest.diurnal import day_schedule, hourly_counts, hourly_weights, peak_hours


def test_the_day_holds_exactly_5000_records():
    assert sum(hourly_counts(5000)) == 5000
    assert len(day_schedule(5000)) == 5000


def test_peak_hour_is_about_three_times_the_mean_rate():
    counts = Counter(a.sim_hour for a in day_schedule(5000))
    mean = 5000 / 24
    assert max(counts.values()) / mean == pytest.approx(3.0, abs=0.01)
    assert min(counts.values()) < mean < max(counts.values())


def test_weights_have_mean_one_and_the_requested_peak():
    for ratio in (1.5, 2.0, 3.0, 3.5):
        w = hourly_weights(ratio)
        assert sum(w) / 24 == pytest.approx(1.0)
        assert max(w) == pytest.approx(ratio)


def test_compression_scales_time_not_the_count():
    real, fast = day_schedule(5000, compress=1), day_schedule(5000, compress=120)
    assert len(real) == len(fast) == 5000
    assert max(a.at_s for a in real) <= 86_400 and max(a.at_s for a in fast) <= 86_400 / 120
    assert max(a.at_s for a in fast) > 0.95 * 86_400 / 120  # the whole day is replayed
    assert [a.at_s / 120 for a in real[:50]] == pytest.approx([a.at_s for a in fast[:50]])


def test_arrivals_are_ordered_and_in_their_hour():
    sched = day_schedule(600, compress=3600)  # 1 simulated hour per real second
    assert all(b.at_s >= a.at_s for a, b in zip(sched, sched[1:]))
    assert all(int(a.at_s) == a.sim_hour for a in sched)


@pytest.mark.parametrize("total", [24, 40, 5000])
def test_small_days_still_sum_and_peak_at_the_peak_hour(total):
    counts = hourly_counts(total)
    assert sum(counts) == total
    assert peak_hours(total) == [11] and counts[11] == max(counts)


@pytest.mark.parametrize("bad", [dict(total=0), dict(total=10, compress=0), dict(total=10, peak_ratio=50)])
def test_bad_parameters_are_refused(bad):
    with pytest.raises(ValueError):
        day_schedule(**bad)
