"""Locust load shapes for `day`, `peak` and `soak`, and the run state the users share.

Imported only inside the Locust child process (locust monkey-patches with gevent on import).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from locust import LoadTestShape

from medcode.loadtest.analysis import RequestRecord, latency_stats
from medcode.loadtest.diurnal import Arrival


@dataclass
class RunState:
    """What the users and the shape share: the clock, the arrival schedule, the records."""

    shape: str
    users: int
    schedule: list[Arrival] = field(default_factory=list)
    steps: list[int] = field(default_factory=list)  # peak: users per step
    step_s: float = 30.0
    slo_p95_s: float = 1.0
    duration_s: float = 0.0  # soak
    max_requests: int = 1_000_000  # hard bound on requests sent
    t0: float | None = None
    next_arrival: int = 0
    in_flight: int = 0
    pending: int = 0  # day: arrivals taken and not yet answered
    current_step: int = -1
    step_bounds: list[dict] = field(default_factory=list)
    records: list[RequestRecord] = field(default_factory=list)
    stop_reason: str = ""

    def now(self) -> float:
        return time.monotonic() - (self.t0 or time.monotonic())

    def start(self) -> None:
        if self.t0 is None:
            self.t0 = time.monotonic()

    def take_arrival(self) -> tuple[int, Arrival] | None:
        """The next scheduled record, or None when the day's schedule is used up."""
        if self.next_arrival >= len(self.schedule):
            return None
        i = self.next_arrival
        self.next_arrival += 1
        self.pending += 1
        return i, self.schedule[i]

    def may_send(self) -> bool:
        return len(self.records) + self.in_flight < self.max_requests


class DayShape(LoadTestShape):
    """A fixed pool of senders replays the day's arrival schedule; stops once it is drained."""

    state: RunState

    def tick(self):
        st = self.state
        st.start()
        if st.next_arrival >= len(st.schedule) and st.pending == 0:
            st.stop_reason = "schedule complete"
            return None
        return st.users, max(st.users, 1)


class PeakShape(LoadTestShape):
    """Closed-loop users, stepped up every `step_s`; stops after the first step whose p95
    (or a failure) breaks the SLO: that step and the one before it bracket the knee."""

    state: RunState

    def _close_step(self, now: float) -> bool:
        """Close the running step; True when it broke the SLO."""
        st = self.state
        i = st.current_step
        st.step_bounds[i]["end_s"] = now
        rs = [r for r in st.records if r.step == i]
        if not rs:
            return False
        lat = latency_stats([r.latency_s for r in rs if r.ok])
        return any(not r.ok for r in rs) or lat["p95_s"] is None or lat["p95_s"] > st.slo_p95_s

    def tick(self):
        st = self.state
        st.start()
        now = st.now()
        step = int(now // st.step_s)
        if step != st.current_step:
            if st.current_step >= 0 and self._close_step(now):
                st.stop_reason = f"p95 SLO broken at {st.steps[st.current_step]} users"
                return None
            if step >= len(st.steps):
                st.stop_reason = "all steps within the SLO"
                return None
            st.current_step = step
            st.step_bounds.append({"users": st.steps[step], "start_s": now, "end_s": now})
        return st.steps[st.current_step], 100


class SoakShape(LoadTestShape):
    """A constant number of closed-loop users for `duration_s`."""

    state: RunState

    def tick(self):
        st = self.state
        st.start()
        if st.now() >= st.duration_s:
            st.stop_reason = "duration reached"
            return None
        return st.users, max(st.users, 1)


SHAPES = {"day": DayShape, "peak": PeakShape, "soak": SoakShape}
