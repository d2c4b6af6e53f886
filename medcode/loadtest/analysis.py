"""Turn a run's per-request records and memory samples into the figures of summary.json.

Why our own records next to Locust's: the SLOs need latency measured from each record's
scheduled arrival (day), per-step percentiles (peak) and memory over time (soak), which
Locust's aggregate stats do not give. The records hold timings and outcomes only, never text.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from statistics import median
from typing import Any


@dataclass
class RequestRecord:
    start_s: float  # when the request was sent, seconds from the start of the run
    latency_s: float  # service time seen by the client (send -> result parsed)
    ok: bool
    notes: int = 1  # records (notes) in the request
    wait_s: float = 0.0  # send time minus scheduled arrival (day shape), else 0
    sim_hour: int = -1  # simulated hour of day (day shape)
    step: int = -1  # concurrency step index (peak shape)
    users: int = 0  # concurrent users when sent
    error: str = ""  # exception class name only

    @property
    def response_s(self) -> float:
        """What the caller experiences: waiting for a free sender plus the service time."""
        return self.wait_s + self.latency_s


def write_records(path: Path, records: Iterable[RequestRecord]) -> None:
    names = [f.name for f in fields(RequestRecord)]
    with Path(path).open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=names)
        w.writeheader()
        for r in records:
            w.writerow(asdict(r))


def read_records(path: Path) -> list[RequestRecord]:
    conv: dict[str, Callable[[str], Any]] = {
        "start_s": float,
        "latency_s": float,
        "ok": lambda x: x in ("True", "1", "true"),
        "notes": int,
        "wait_s": float,
        "sim_hour": int,
        "step": int,
        "users": int,
        "error": str,
    }
    with Path(path).open(newline="") as f:
        return [RequestRecord(**{k: conv[k](v) for k, v in row.items()}) for row in csv.DictReader(f)]


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100); None for no values."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def latency_stats(values: Sequence[float]) -> dict:
    r = lambda x: None if x is None else round(x, 4)
    return {
        "n": len(values),
        "p50_s": r(percentile(values, 50)),
        "p95_s": r(percentile(values, 95)),
        "p99_s": r(percentile(values, 99)),
        "max_s": r(max(values) if values else None),
    }


def overall(records: Sequence[RequestRecord], duration_s: float) -> dict:
    ok = [r for r in records if r.ok]
    errors: dict[str, int] = {}
    for r in records:
        if not r.ok:
            errors[r.error or "unknown"] = errors.get(r.error or "unknown", 0) + 1
    coded = sum(r.notes for r in ok)
    return {
        "requests": len(records),
        "failed_requests": len(records) - len(ok),
        "failures_by_type": errors,
        "records_coded": coded,
        "duration_s": round(duration_s, 2),
        "records_per_s": round(coded / duration_s, 3) if duration_s > 0 else None,
        "latency": latency_stats([r.latency_s for r in ok]),
    }


def day_figures(records: Sequence[RequestRecord], scheduled: int, peak_hours: Sequence[int]) -> dict:
    ok = [r for r in records if r.ok]
    at_peak = [r.response_s for r in ok if r.sim_hour in set(peak_hours)]
    hourly = {}
    for h in range(24):
        rs = [r for r in records if r.sim_hour == h]
        hourly[h] = {
            "records": sum(r.notes for r in rs),
            "p95_s": latency_stats([r.response_s for r in rs if r.ok])["p95_s"],
        }
    return {
        "records_scheduled": scheduled,
        "records_sent": sum(r.notes for r in records),
        "peak_hours": list(peak_hours),
        "peak_hour_response": latency_stats(at_peak),
        "max_wait_for_sender_s": round(max((r.wait_s for r in records), default=0.0), 4),
        "hourly": hourly,
    }


def step_figures(records: Sequence[RequestRecord], steps: Sequence[dict], slo_p95_s: float) -> dict:
    """Per concurrency step: records/s and latency; the knee is the last step within the p95 SLO."""
    out = []
    for i, st in enumerate(steps):
        rs = [r for r in records if r.step == i]
        ok = [r for r in rs if r.ok]
        dur = max(st["end_s"] - st["start_s"], 1e-9)
        lat = latency_stats([r.latency_s for r in ok])
        out.append(
            {
                "step": i,
                "users": st["users"],
                "duration_s": round(dur, 2),
                "requests": len(rs),
                "failed_requests": len(rs) - len(ok),
                "records_per_s": round(sum(r.notes for r in ok) / dur, 3),
                **{k: lat[k] for k in ("p50_s", "p95_s", "max_s")},
                "within_slo": bool(ok) and len(ok) == len(rs) and lat["p95_s"] <= slo_p95_s,
            }
        )
    knee = None
    for s in out:
        if not s["within_slo"]:
            break
        knee = s
    best = max((s for s in out if s["within_slo"]), key=lambda s: s["records_per_s"], default=None)
    return {
        "steps": out,
        "knee": None
        if knee is None
        else {
            "users": knee["users"],
            "records_per_s": knee["records_per_s"],
            "p95_s": knee["p95_s"],
            "records_per_day": round(knee["records_per_s"] * 86400),
        },
        "best_within_slo": None if best is None else {"users": best["users"], "records_per_s": best["records_per_s"]},
        "slo_broken_at_users": next((s["users"] for s in out if not s["within_slo"]), None),
    }


def memory_figures(samples: Sequence[tuple[float, int]], warmup_s: float, window: int = 3) -> dict:
    """Resident memory growth after warm-up: median of the last `window` samples over the median
    of the first `window` samples taken after `warmup_s` (medians damp one-off spikes)."""
    after = [(t, m) for t, m in samples if t >= warmup_s]
    fig = {
        "samples": len(samples),
        "warmup_s": warmup_s,
        "rss_start_mb": round(samples[0][1] / 2**20, 1) if samples else None,
        "rss_max_mb": round(max(m for _, m in samples) / 2**20, 1) if samples else None,
    }
    if len(after) < 2 * window:
        return {**fig, "growth": None, "note": f"fewer than {2 * window} samples after warm-up"}
    base, end = median(m for _, m in after[:window]), median(m for _, m in after[-window:])
    return {
        **fig,
        "rss_after_warmup_mb": round(base / 2**20, 1),
        "rss_end_mb": round(end / 2**20, 1),
        "growth": round(end / base - 1.0, 4),
    }
