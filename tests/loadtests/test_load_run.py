"""A short real load run (Locust, gRPC through medcode's client) against the session's server.

Bounded: a 24-record day replayed in 12 s, then a 2-step peak of 4 s per step. Asserts the
run folder and summary.json, zero failures, and that the same measured run fails a stricter
SLO (the checker is wired to real figures). No latency threshold is asserted here: that is
what `medcode loadtest` reports, not a unit-test claim.
"""

from __future__ import annotations

import json

import pytest

from medcode.commands import loadtest as cli
from medcode.loadtest import slo
from medcode.loadtest.memory import tree_rss


@pytest.fixture(scope="module")
def day_run(triton_server, tmp_path_factory):
    out = tmp_path_factory.mktemp("day")
    rc = cli.main(
        [
            "--shape",
            "day",
            "--url",
            triton_server.grpc_url,
            "--records",
            "24",
            "--minutes",
            "0.2",
            "--users",
            "8",
            "--out",
            str(out),
        ]
    )
    return rc, out, json.loads((out / "summary.json").read_text())


def test_day_run_writes_locust_outputs_and_a_summary(day_run):
    rc, out, summary = day_run
    for name in (
        "locust_stats.csv",
        "locust_stats_history.csv",
        "locust_failures.csv",
        "report.html",
        "requests.csv",
        "memory.csv",
        "summary.json",
    ):
        assert (out / name).stat().st_size > 0, name
    assert summary["shape"] == "day"
    assert set(summary) >= {"overall", "day", "memory", "slo", "run"}
    assert summary["run"]["locust_total"]["requests"] == summary["overall"]["requests"]
    assert summary["day"]["peak_hours"] == [11]
    assert rc == (0 if summary["slo"]["passed"] else 1)


def test_day_run_sent_every_record_without_a_failure(day_run):
    _, _, summary = day_run
    assert summary["overall"]["failed_requests"] == 0
    assert summary["day"]["records_sent"] == summary["day"]["records_scheduled"] == 24
    assert summary["overall"]["records_coded"] == 24
    lat = summary["overall"]["latency"]
    assert 0 < lat["p50_s"] <= lat["p95_s"] <= lat["max_s"]
    checks = {c["name"]: c for c in summary["slo"]["checks"]}
    assert checks["failed_requests"]["passed"] and checks["records_sent"]["passed"]


def test_the_same_run_breaks_a_stricter_p95_slo(day_run):
    _, _, summary = day_run
    strict = slo.check("day", summary, slo.SLOs(p95_s=summary["day"]["peak_hour_response"]["p95_s"] / 2))
    assert [c.name for c in strict if not c.passed] == ["p95_at_peak_s"]


def test_memory_was_sampled_from_the_server_and_its_stubs(day_run, triton_server):
    _, _, summary = day_run
    assert summary["memory"]["samples"] >= 3
    import psutil

    own = psutil.Process(triton_server.pid).memory_info().rss
    assert tree_rss(triton_server.pid) > own  # the Python-backend stubs are counted too


def test_peak_run_steps_up_and_reports_steps(triton_server, tmp_path):
    rc = cli.main(
        [
            "--shape",
            "peak",
            "--url",
            triton_server.grpc_url,
            "--steps",
            "1,2",
            "--step-seconds",
            "4",
            "--out",
            str(tmp_path),
        ]
    )
    summary = json.loads((tmp_path / "summary.json").read_text())
    steps = summary["peak"]["steps"]
    assert [s["users"] for s in steps][:1] == [1] and summary["overall"]["failed_requests"] == 0
    assert all(s["requests"] > 0 for s in steps)
    assert rc == (0 if summary["slo"]["passed"] else 1)
