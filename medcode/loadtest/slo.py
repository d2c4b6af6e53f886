"""The service-level objectives a load run checks (documented in docs/load-testing.md).

- zero failed requests, every shape (and, for `day`, every scheduled record sent);
- p95 response time <= 1 s at the day's peak hour (`day`), measured from each record's
  scheduled arrival; for `peak`, a knee must exist: the lowest step must meet the p95 target;
- resident memory growth <= 10% over a soak after warm-up (`soak`).
A run exits non-zero when any check fails.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class SLOs:
    max_failed_requests: int = 0
    p95_s: float = 1.0
    max_memory_growth: float = 0.10


@dataclass(frozen=True)
class Check:
    name: str
    target: str
    measured: object
    passed: bool


def check(shape: str, summary: dict, slos: SLOs = SLOs()) -> list[Check]:
    """Checks for one run's summary (the dict written as summary.json, before `slo` is added)."""
    out = []
    timed_out = bool(summary.get("run", {}).get("timed_out", False))
    out.append(Check("finished_in_time", "the shape ended before the time backstop", not timed_out, not timed_out))
    failed = summary["overall"]["failed_requests"]
    out.append(Check("failed_requests", f"<= {slos.max_failed_requests}", failed, failed <= slos.max_failed_requests))
    if shape == "day":
        day = summary["day"]
        out.append(
            Check(
                "records_sent",
                f"== {day['records_scheduled']}",
                day["records_sent"],
                day["records_sent"] == day["records_scheduled"],
            )
        )
        p95 = day["peak_hour_response"]["p95_s"]
        out.append(Check("p95_at_peak_s", f"<= {slos.p95_s}", p95, p95 is not None and p95 <= slos.p95_s))
    elif shape == "peak":
        knee = summary["peak"]["knee"]
        out.append(Check("knee_found", f"p95 <= {slos.p95_s} s at the lowest step", knee, knee is not None))
    elif shape == "soak":
        growth = summary["memory"].get("growth")
        out.append(
            Check(
                "memory_growth",
                f"<= {slos.max_memory_growth:.0%}",
                growth,
                growth is not None and growth <= slos.max_memory_growth,
            )
        )
    else:
        raise ValueError(f"unknown shape {shape!r}")
    return out


def as_json(checks: list[Check]) -> dict:
    return {"passed": all(c.passed for c in checks), "checks": [asdict(c) for c in checks]}
