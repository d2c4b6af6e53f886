"""The Locust user: codes notes through medcode's own gRPC client and fires Locust request events.

Imported only inside the Locust child process, after gevent and gRPC's gevent support are set
up (see locust_run.py), so that gRPC calls yield to other users instead of blocking them.
"""

from __future__ import annotations

import itertools
import time

import gevent
from locust import User, constant, task

from medcode.client import MedcodeClient, MedcodeError
from medcode.loadtest.analysis import RequestRecord
from medcode.loadtest.shapes import RunState

REQUEST_NAME = "medcode.code"


class MedcodeUser(User):
    """One caller. `notes`, `state`, `timeout_s` are set on the class by the runner."""

    wait_time = constant(0)
    notes: tuple[str, ...] = ()
    state: RunState
    timeout_s: float = 60.0
    _ids = itertools.count()

    def on_start(self) -> None:
        assert self.host, "Locust sets host from the run's --url"
        self.client = MedcodeClient(self.host, timeout_s=self.timeout_s, retries=0)
        self._cursor = next(self._ids) * 7919  # users start at different notes

    def on_stop(self) -> None:
        self.client.close()

    def _next_note(self) -> str:
        self._cursor += 1
        return self.notes[self._cursor % len(self.notes)]

    def _send(self, wait_s: float = 0.0, sim_hour: int = -1) -> None:
        st = self.state
        note = self._next_note()
        st.in_flight += 1
        sent = st.now()
        t0 = time.perf_counter()
        exc: Exception | None = None
        n_codes = 0
        try:
            results = self.client.code([note])
            if len(results) != 1 or not results[0].schema_version:
                raise MedcodeError("wrong number of results or no schema_version")
            n_codes = len(results[0].codes)
        except MedcodeError as e:  # every client error is a MedcodeError subclass
            exc = e
        except Exception as e:
            exc = e
        finally:
            st.in_flight -= 1
        latency = time.perf_counter() - t0
        self.environment.events.request.fire(
            request_type="grpc",
            name=REQUEST_NAME,
            response_time=latency * 1000,
            response_length=n_codes,
            exception=exc,
            context={},
        )
        st.records.append(
            RequestRecord(
                start_s=sent,
                latency_s=latency,
                ok=exc is None,
                wait_s=wait_s,
                sim_hour=sim_hour,
                step=st.current_step,
                users=self.environment.runner.user_count,
                error="" if exc is None else type(exc).__name__,
            )
        )

    def _day_task(self) -> None:
        st = self.state
        item = st.take_arrival()
        if item is None:
            gevent.sleep(0.2)  # the shape stops the run once in-flight requests finish
            return
        _, arrival = item
        try:
            delay = arrival.at_s - st.now()
            if delay > 0:
                gevent.sleep(delay)
            self._send(wait_s=max(0.0, st.now() - arrival.at_s), sim_hour=arrival.sim_hour)
        finally:
            st.pending -= 1  # the shape stops the run only when nothing is pending

    def _closed_loop_task(self) -> None:
        if not self.state.may_send():
            self.state.stop_reason = "max requests reached"
            gevent.sleep(0.5)
            return
        self._send()

    def run_task(self) -> None:
        if self.state.shape == "day":
            self._day_task()
        else:
            self._closed_loop_task()

    @task
    def code_one_note(self) -> None:
        self.run_task()
