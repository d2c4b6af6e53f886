"""The `day` shape's arrival schedule: N records over a simulated 24 h with a diurnal curve.

Why a schedule rather than a user count: a day of coding is an open arrival process (records
arrive whether or not the server is busy), so the load test replays exact arrival times and
measures latency from each record's scheduled arrival (no coordinated omission).
The hourly weights are normalised so that the peak hour carries exactly `peak_ratio` times the
mean hourly load (3x by default); the counts per hour are then rounded so they sum to N.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

SECONDS_PER_DAY = 86_400
HOURS = 24


def _raw_curve(hour: float) -> float:
    """Shape of a hospital coding day: quiet night, a late-morning peak, a smaller evening bump."""

    def bump(centre: float, width: float) -> float:
        d = min(abs(hour - centre), HOURS - abs(hour - centre))  # wraps around midnight
        return math.exp(-0.5 * (d / width) ** 2)

    return 0.01 + bump(11.5, 2.0) + 0.3 * bump(19.0, 1.5)


def hourly_weights(peak_ratio: float = 3.0) -> list[float]:
    """24 weights with mean 1.0 and max exactly `peak_ratio` (mixes the raw curve with a flat one)."""
    if not 1.0 <= peak_ratio <= 20.0:
        raise ValueError("peak_ratio must be between 1 and 20")
    g = [_raw_curve(h + 0.5) for h in range(HOURS)]
    mean = sum(g) / HOURS
    g = [x / mean for x in g]
    top = max(g)
    if top < peak_ratio:
        raise ValueError(f"the built-in curve cannot reach a peak ratio of {peak_ratio} (max {top:.2f})")
    alpha = (peak_ratio - 1.0) / (top - 1.0)
    return [alpha * x + (1.0 - alpha) for x in g]


def hourly_counts(total: int, peak_ratio: float = 3.0) -> list[int]:
    """Records per simulated hour, summing exactly to `total` (largest-remainder rounding)."""
    if total < 1:
        raise ValueError("total must be at least 1 record")
    w = hourly_weights(peak_ratio)
    exact = [total * x / HOURS for x in w]
    counts = [math.floor(x) for x in exact]
    order = sorted(range(HOURS), key=lambda h: exact[h] - counts[h], reverse=True)
    for h in order[: total - sum(counts)]:
        counts[h] += 1
    return counts


@dataclass(frozen=True)
class Arrival:
    at_s: float  # seconds from the start of the run (compressed time)
    sim_hour: int  # simulated hour of day 0..23


def day_schedule(total: int = 5000, compress: float = 1.0, peak_ratio: float = 3.0, seed: int = 7) -> list[Arrival]:
    """Arrival times for one simulated day, `compress` times faster than real time.

    Within an hour arrivals are uniform at random (a Poisson process given its count), seeded
    so that two runs replay the same day.
    """
    if compress <= 0:
        raise ValueError("compress must be > 0")
    rng = random.Random(seed)
    hour_s = 3600.0 / compress
    out: list[Arrival] = []
    for h, n in enumerate(hourly_counts(total, peak_ratio)):
        times = sorted(rng.random() for _ in range(n))
        out.extend(Arrival((h + t) * hour_s, h) for t in times)
    return out


def peak_hours(total: int = 5000, peak_ratio: float = 3.0) -> list[int]:
    """The simulated hour(s) of the curve's peak (the SLO's "day's peak"); by weight, so that
    rounding a small day's counts cannot add neighbouring hours."""
    w = hourly_weights(peak_ratio)
    top = max(w)
    return [h for h, x in enumerate(w) if x >= top - 1e-9]
