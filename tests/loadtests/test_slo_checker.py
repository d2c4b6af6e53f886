"""The SLO checker: synthetic summaries (a checker test, not a performance claim)."""

from __future__ import annotations

import pytest

from medcode.loadtest import slo


def _summary(failed=0, p95=0.4, sent=5000, scheduled=5000, knee=True, growth=0.02):
    return {
        "overall": {"failed_requests": failed},
        "day": {"records_scheduled": scheduled, "records_sent": sent, "peak_hour_response": {"p95_s": p95}},
        "peak": {"knee": {"users": 4, "records_per_s": 9.0} if knee else None},
        "memory": {"growth": growth},
    }


@pytest.mark.parametrize("shape", ["day", "peak", "soak"])
def test_a_run_within_every_slo_passes(shape):
    checks = slo.check(shape, _summary())
    assert checks and all(c.passed for c in checks)
    assert slo.as_json(checks)["passed"] is True


@pytest.mark.parametrize("shape", ["day", "peak", "soak"])
def test_one_failed_request_breaks_the_run(shape):
    verdict = slo.as_json(slo.check(shape, _summary(failed=1)))
    assert verdict["passed"] is False
    assert [c["name"] for c in verdict["checks"] if not c["passed"]] == ["failed_requests"]


def test_p95_over_one_second_at_peak_breaks_a_day():
    failed = [c for c in slo.check("day", _summary(p95=1.2)) if not c.passed]
    assert [c.name for c in failed] == ["p95_at_peak_s"] and failed[0].measured == 1.2


def test_p95_exactly_at_the_target_passes_and_a_stricter_target_fails():
    assert all(c.passed for c in slo.check("day", _summary(p95=1.0)))
    assert not all(c.passed for c in slo.check("day", _summary(p95=1.0), slo.SLOs(p95_s=0.5)))


def test_a_day_that_did_not_send_every_record_fails():
    failed = [c.name for c in slo.check("day", _summary(sent=4990)) if not c.passed]
    assert failed == ["records_sent"]


def test_no_peak_hour_latency_counts_as_broken():
    assert not all(c.passed for c in slo.check("day", _summary(p95=None)))


def test_peak_without_a_knee_fails():
    assert [c.name for c in slo.check("peak", _summary(knee=False)) if not c.passed] == ["knee_found"]


@pytest.mark.parametrize("growth, ok", [(0.0, True), (0.10, True), (0.101, False), (0.5, False), (None, False)])
def test_soak_memory_growth(growth, ok):
    mem = [c for c in slo.check("soak", _summary(growth=growth)) if c.name == "memory_growth"][0]
    assert mem.passed is ok


def test_unknown_shape_is_an_error():
    with pytest.raises(ValueError, match="unknown shape"):
        slo.check("burst", _summary())


def test_a_run_stopped_by_the_time_backstop_fails():
    summary = {**_summary(), "run": {"timed_out": True}}
    assert [c.name for c in slo.check("day", summary) if not c.passed] == ["finished_in_time"]
