"""Child process: run one Locust load test headless, in-process, from a spec JSON.

    python -m medcode.loadtest.locust_run SPEC.json

Why a child process: Locust monkey-patches the standard library with gevent on import, and
gRPC needs `init_gevent()` before any channel exists; neither should happen to the caller
(the `medcode` CLI, pytest). Writes into the spec's `out_dir`: Locust's CSVs (locust_*.csv),
its HTML report (report.html), our per-request timings (requests.csv) and run.json.
"""

from __future__ import annotations

import gevent.monkey

gevent.monkey.patch_all()

import grpc.experimental.gevent as grpc_gevent  # noqa: E402

grpc_gevent.init_gevent()

import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import gevent  # noqa: E402
from locust.env import Environment  # noqa: E402
from locust.html import get_html_report  # noqa: E402
from locust.log import setup_logging  # noqa: E402
from locust.runners import STATE_STOPPED  # noqa: E402
from locust.stats import PERCENTILES_TO_REPORT, StatsCSVFileWriter, stats_history  # noqa: E402

from medcode.loadtest.analysis import write_records  # noqa: E402
from medcode.loadtest.diurnal import Arrival, day_schedule  # noqa: E402
from medcode.loadtest.notes import note_set  # noqa: E402
from medcode.loadtest.shapes import SHAPES, RunState  # noqa: E402
from medcode.loadtest.user import MedcodeUser  # noqa: E402


def build_state(spec: dict) -> RunState:
    shape = spec["shape"]
    st = RunState(
        shape=shape,
        users=int(spec["users"]),
        slo_p95_s=float(spec["slo_p95_s"]),
        max_requests=int(spec.get("max_requests", 1_000_000)),
    )
    if shape == "day":
        compress = float(spec["compress"])
        first, last = spec.get("hours", [0, 23])
        shift = first * 3600.0 / compress  # a window of the day starts at once
        st.schedule = [
            Arrival(a.at_s - shift, a.sim_hour)
            for a in day_schedule(int(spec["records"]), compress, float(spec["peak_ratio"]), int(spec["seed"]))
            if first <= a.sim_hour <= last
        ]
    elif shape == "peak":
        st.steps, st.step_s = [int(u) for u in spec["steps"]], float(spec["step_s"])
    elif shape == "soak":
        st.duration_s = float(spec["duration_s"])
    return st


def run(spec: dict) -> dict:
    out = Path(spec["out_dir"])
    out.mkdir(parents=True, exist_ok=True)
    notes = note_set(
        Path(spec["data_dir"]),
        limit=spec.get("note_limit"),
        phi_fraction=float(spec["phi_fraction"]),
        seed=int(spec["seed"]),
    )
    state = build_state(spec)
    MedcodeUser.notes, MedcodeUser.state = notes.notes, state
    MedcodeUser.host, MedcodeUser.timeout_s = spec["url"], float(spec["request_timeout_s"])
    shape_cls = type(f"{spec['shape'].title()}Shape", (SHAPES[spec["shape"]],), {"state": state})

    env = Environment(user_classes=[MedcodeUser], shape_class=shape_cls(), host=spec["url"])
    runner = env.create_local_runner()
    csv_writer = StatsCSVFileWriter(env, PERCENTILES_TO_REPORT, str(out / "locust"), full_history=True)
    greenlets = [gevent.spawn(stats_history, runner), gevent.spawn(csv_writer.stats_writer)]
    wall0 = time.time()
    runner.start_shape()
    # Bounded in time: the shape ends the run; this is the backstop if it does not.
    deadline = time.monotonic() + float(spec["max_run_s"])
    while runner.state != STATE_STOPPED and time.monotonic() < deadline:
        gevent.sleep(0.25)
    timed_out = runner.state != STATE_STOPPED
    if timed_out:
        state.stop_reason = f"backstop: run exceeded {spec['max_run_s']} s"
    runner.quit()
    duration = state.now()
    for g in greenlets:
        g.kill()
    csv_writer.close_files()
    (out / "report.html").write_text(get_html_report(env, show_download_link=False), encoding="utf-8")
    write_records(out / "requests.csv", state.records)
    lengths = sorted(notes.lengths())
    info = {
        "shape": spec["shape"],
        "url": spec["url"],
        "started_at_unix": round(wall0, 3),
        "duration_s": round(duration, 3),
        "stop_reason": state.stop_reason,
        "timed_out": timed_out,
        "notes": {
            "source": notes.source,
            "count": len(lengths),
            "chars_p50": lengths[len(lengths) // 2],
            "chars_p95": lengths[int(len(lengths) * 0.95)],
            "chars_max": lengths[-1],
        },
        "steps": state.step_bounds,
        "scheduled": len(state.schedule),
        "locust_total": {
            "requests": env.stats.total.num_requests,
            "failures": env.stats.total.num_failures,
            "p95_ms": env.stats.total.get_response_time_percentile(0.95),
        },
    }
    (out / "run.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m medcode.loadtest.locust_run SPEC.json", file=sys.stderr)
        return 2
    setup_logging("WARNING")
    info = run(json.loads(Path(argv[0]).read_text()))
    return 3 if info["timed_out"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
