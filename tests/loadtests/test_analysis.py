"""Figures computed from request records and memory samples."""

from __future__ import annotations

import pytest

from medcode.loadtest.analysis import (
    RequestRecord,
    day_figures,
    memory_figures,
    overall,
    percentile,
    read_records,
    step_figures,
    write_records,
)


def test_percentile_interpolates():
    assert percentile([1, 2, 3, 4, 5], 50) == 3
    assert percentile([0, 10], 95) == pytest.approx(9.5)
    assert percentile([], 95) is None


def test_records_round_trip(tmp_path):
    recs = [RequestRecord(0.1, 0.2, True, sim_hour=3), RequestRecord(0.3, 0.4, False, error="DeadlineExceededError")]
    write_records(tmp_path / "r.csv", recs)
    assert read_records(tmp_path / "r.csv") == recs


def test_overall_counts_failures_by_type():
    recs = [
        RequestRecord(0, 0.5, True),
        RequestRecord(0, 0.1, False, error="X"),
        RequestRecord(0, 0.1, False, error="X"),
    ]
    o = overall(recs, duration_s=2.0)
    assert o["failed_requests"] == 2 and o["failures_by_type"] == {"X": 2}
    assert o["records_coded"] == 1 and o["records_per_s"] == 0.5


def test_day_response_time_includes_the_wait_for_a_sender():
    recs = [RequestRecord(0, 0.2, True, wait_s=1.0, sim_hour=11), RequestRecord(0, 0.2, True, sim_hour=3)]
    d = day_figures(recs, scheduled=2, peak_hours=[11])
    assert d["peak_hour_response"]["p95_s"] == pytest.approx(1.2)
    assert d["records_sent"] == 2 and d["max_wait_for_sender_s"] == 1.0


def test_knee_is_the_last_step_within_the_slo():
    steps = [{"users": u, "start_s": 10.0 * i, "end_s": 10.0 * (i + 1)} for i, u in enumerate((1, 2, 4))]
    recs = (
        [RequestRecord(0, 0.3, True, step=0)] * 20
        + [RequestRecord(0, 0.5, True, step=1)] * 40
        + [RequestRecord(0, 1.5, True, step=2)] * 40
    )
    f = step_figures(recs, steps, slo_p95_s=1.0)
    assert f["knee"]["users"] == 2 and f["knee"]["records_per_s"] == 4.0
    assert f["slo_broken_at_users"] == 4


def test_a_failure_in_a_step_puts_it_outside_the_slo():
    steps = [{"users": 1, "start_s": 0.0, "end_s": 10.0}]
    f = step_figures([RequestRecord(0, 0.1, True, step=0), RequestRecord(0, 0.1, False, step=0)], steps, 1.0)
    assert f["knee"] is None


def test_memory_growth_after_warmup_uses_medians():
    mb = 2**20
    samples = [(t, (500 if t < 30 else 1000) * mb) for t in range(0, 30, 2)]  # warm-up: ignored
    samples += [(30 + t, 1000 * mb) for t in range(0, 60, 2)] + [(90, 5000 * mb)]  # one spike: damped
    samples += [(92 + t, 1080 * mb) for t in range(0, 6, 2)]
    m = memory_figures(samples, warmup_s=30)
    assert m["rss_after_warmup_mb"] == 1000 and m["growth"] == pytest.approx(0.08)


def test_too_few_samples_give_no_growth():
    assert memory_figures([(0, 1), (40, 2)], warmup_s=30)["growth"] is None
