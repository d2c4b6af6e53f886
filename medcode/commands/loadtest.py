"""`medcode loadtest --shape day|peak|soak`: a headless Locust run against the `medcode` model,
with its SLOs checked; exits 1 when an SLO breaks, 2 on bad usage or a server that is not up.

Without --url the embedded server (CPU profile) is started on free loopback ports and stopped
afterwards. Output folder (default runs/<shape>-<UTC time>/): Locust's CSVs (locust_*.csv),
its HTML report (report.html), per-request timings (requests.csv), memory samples
(memory.csv), the server log when we started it, and summary.json with the SLO verdicts.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import subprocess
import sys
import time
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path

from medcode import paths
from medcode.loadtest import analysis, slo
from medcode.loadtest.diurnal import SECONDS_PER_DAY, peak_hours
from medcode.loadtest.memory import MemorySampler, listening_pid

DEFAULTS = {"day": {"users": 32}, "peak": {"users": 0}, "soak": {"users": 4}}
MAX_USERS = 256


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="medcode loadtest", description=__doc__.split("\n\n")[0])
    p.add_argument("--shape", required=True, choices=("day", "peak", "soak"))
    p.add_argument(
        "--url",
        help="HOST:PORT of a running server's gRPC endpoint (loopback only); several comma-separated are served "
        "round-robin (memory sampled of the first); default: start the embedded server",
    )
    p.add_argument("--compress", type=float, help="day: run the simulated 24 h N times faster (default 120 = 12 min)")
    p.add_argument(
        "--minutes",
        type=float,
        help="day: real minutes for the simulated day (instead of --compress); soak: duration (default 10)",
    )
    p.add_argument("--records", type=int, default=5000, help="day: records in the simulated day (default 5000)")
    p.add_argument("--peak-ratio", type=float, default=3.0, help="day: peak-hour rate / mean rate (default 3)")
    p.add_argument("--hours", help="day: replay only simulated hours A-B of the day (e.g. 11 or 10-12: the peak)")
    p.add_argument("--users", type=int, help="day: sender pool (default 32); soak: concurrent users (default 4)")
    p.add_argument("--steps", default="1,2,4,8,16,32", help="peak: users per step (default 1,2,4,8,16,32)")
    p.add_argument("--step-seconds", type=float, default=30.0, help="peak: seconds per step (default 30)")
    p.add_argument(
        "--warmup-seconds",
        type=float,
        help="soak: memory warm-up excluded from growth (default 20%% of the run, at least 30 s)",
    )
    p.add_argument("--sample-seconds", type=float, default=2.0, help="memory sampling interval (default 2)")
    p.add_argument(
        "--server-pid",
        type=int,
        help="with --url: the server's pid for memory sampling (default: the process listening on the port)",
    )
    p.add_argument("--phi-fraction", type=float, default=0.5, help="share of notes given surrogate PHI (default 0.5)")
    p.add_argument(
        "--data", type=Path, default=paths.codiesp_dir(), help="CodiEsp folder (<split>/text_files_en/*.txt)"
    )
    p.add_argument("--slo-p95", type=float, default=slo.SLOs.p95_s, help="p95 SLO in seconds (default 1.0)")
    p.add_argument(
        "--slo-memory-growth",
        type=float,
        default=slo.SLOs.max_memory_growth,
        help="soak memory growth SLO as a fraction (default 0.10)",
    )
    p.add_argument("--request-timeout", type=float, default=60.0, help="per-request deadline in seconds")
    p.add_argument("--seed", type=int, default=7)
    from medcode.client.tls import add_tls_args

    add_tls_args(p)  # handed to the Locust users through MEDCODE_TLS_* (medcode.client.tls)
    p.add_argument("--out", type=Path, help="run folder (default runs/<shape>-<UTC time>)")
    return p.parse_args(argv)


class UsageError(ValueError):
    pass


def loopback_url(url: str) -> tuple[str, int]:
    host, sep, port = url.rpartition(":")
    if not sep or not port.isdigit():
        raise UsageError(f"--url must be HOST:PORT, got {url!r}")
    host = host.strip("[]")
    try:
        is_loop = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        is_loop = False
    if not is_loop:
        raise UsageError(
            "--url must be a loopback address (127.0.0.1, ::1, localhost): load tests run on the "
            "server host and never send notes over the network"
        )
    return host, int(port)


def parse_hours(text: str | None) -> tuple[int, int]:
    if not text:
        return 0, 23
    first, _, last = text.partition("-")
    try:
        a, b = int(first), int(last or first)
    except ValueError:
        raise UsageError(f"--hours must be A or A-B with hours 0..23, got {text!r}") from None
    if not 0 <= a <= b <= 23:
        raise UsageError(f"--hours must be A or A-B with 0 <= A <= B <= 23, got {text!r}")
    return a, b


def build_spec(a: argparse.Namespace, url: str, out: Path) -> dict:
    spec = {
        "shape": a.shape,
        "url": url,
        "out_dir": str(out),
        "data_dir": str(a.data),
        "seed": a.seed,
        "phi_fraction": a.phi_fraction,
        "slo_p95_s": a.slo_p95,
        "request_timeout_s": a.request_timeout,
    }
    users = a.users if a.users is not None else DEFAULTS[a.shape]["users"]
    if a.shape == "day":
        if a.compress is not None and a.minutes is not None:
            raise UsageError("give either --compress or --minutes for the day shape, not both")
        compress = SECONDS_PER_DAY / (a.minutes * 60) if a.minutes else (a.compress or 120.0)
        if compress <= 0 or a.records < 1:
            raise UsageError("--compress/--minutes and --records must be positive")
        first, last = parse_hours(a.hours)
        spec.update(
            records=a.records,
            compress=compress,
            peak_ratio=a.peak_ratio,
            hours=[first, last],
            max_run_s=(last - first + 1) * 3600 / compress + 2 * a.request_timeout + 30,
        )
    elif a.shape == "peak":
        try:
            steps = [int(s) for s in a.steps.split(",") if s.strip()]
        except ValueError:
            raise UsageError("--steps must be a comma-separated list of user counts, e.g. 1,2,4,8") from None
        if not steps or any(s < 1 or s > MAX_USERS for s in steps) or a.step_seconds < 2:
            raise UsageError(f"--steps must be 1..{MAX_USERS} users each and --step-seconds at least 2")
        users = max(steps)
        spec.update(steps=steps, step_s=a.step_seconds, max_run_s=len(steps) * a.step_seconds + 30)
    else:
        minutes = a.minutes if a.minutes is not None else 10.0
        if minutes <= 0:
            raise UsageError("--minutes must be positive")
        spec.update(duration_s=minutes * 60, max_run_s=minutes * 60 + 30)
    if not 1 <= users <= MAX_USERS:
        raise UsageError(f"--users must be between 1 and {MAX_USERS}")
    spec["users"] = users
    return spec


def warm_up(url: str, notes: int = 2) -> None:
    """A couple of requests before timing: first calls pay for lazy loading in the stubs."""
    from medcode.client import MedcodeClient, MedcodeError
    from medcode.loadtest.notes import load_texts

    with MedcodeClient(url, timeout_s=120, retries=2) as c:
        if not c.ready():
            raise UsageError(f"no ready medcode server at {url}")
        try:
            c.code(load_texts(limit=notes))
        except MedcodeError as exc:  # the message names the error class only, never note text
            raise UsageError(f"the server at {url} failed the warm-up request, no load sent: {exc}") from None


def run_child(spec: dict, out: Path) -> int:
    spec_path = out / "spec.json"
    spec_path.write_text(json.dumps(spec, indent=2))
    env = dict(os.environ)
    with (out / "locust.log").open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "medcode.loadtest.locust_run", str(spec_path)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=str(paths.REPO_ROOT),
        )
        try:
            return proc.wait(timeout=spec["max_run_s"] + 120)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            return 124


def summarize(spec: dict, out: Path, samples: list[tuple[float, int]], warmup_s: float | None) -> dict:
    info = json.loads((out / "run.json").read_text())
    records = analysis.read_records(out / "requests.csv")
    summary = {
        "shape": spec["shape"],
        "url": spec["url"],
        "run": info,
        "overall": analysis.overall(records, info["duration_s"]),
    }
    if spec["shape"] == "day":
        summary["day"] = {
            "compress": round(spec["compress"], 3),
            "peak_ratio": spec["peak_ratio"],
            "peak_rate_per_s": round(max_hour_rate(spec), 3),
            "hours_replayed": spec["hours"],
            **analysis.day_figures(records, info["scheduled"], window_peak(spec)),
        }
    if spec["shape"] == "peak":
        summary["peak"] = analysis.step_figures(records, info["steps"], spec["slo_p95_s"])
    if warmup_s is None:
        warmup_s = max(30.0, 0.2 * info["duration_s"])
    summary["memory"] = analysis.memory_figures(samples, warmup_s) if samples else {"samples": 0, "growth": None}
    return summary


def window_peak(spec: dict) -> list[int]:
    """The day's peak hour, or, when --hours leaves it out, the busiest hour(s) replayed."""
    first, last = spec["hours"]
    peaks = [h for h in peak_hours(spec["records"], spec["peak_ratio"]) if first <= h <= last]
    if peaks:
        return peaks
    from medcode.loadtest.diurnal import hourly_weights

    w = hourly_weights(spec["peak_ratio"])
    top = max(w[first : last + 1])
    return [h for h in range(first, last + 1) if w[h] >= top - 1e-9]


def max_hour_rate(spec: dict) -> float:
    from medcode.loadtest.diurnal import hourly_counts

    return max(hourly_counts(spec["records"], spec["peak_ratio"])) * spec["compress"] / 3600.0


def write_memory(out: Path, samples: list[tuple[float, int]]) -> None:
    with (out / "memory.csv").open("w") as f:
        f.write("seconds,rss_bytes\n")
        f.writelines(f"{t:.2f},{m}\n" for t, m in samples)


def print_summary(summary: dict, checks: list[slo.Check], out: Path) -> None:
    o = summary["overall"]
    print(
        f"{summary['shape']}: {o['requests']} requests, {o['failed_requests']} failed, "
        f"{o['records_per_s']} records/s, p50 {o['latency']['p50_s']} s, p95 {o['latency']['p95_s']} s"
    )
    if "peak" in summary:
        for s in summary["peak"]["steps"]:
            print(
                f"  users {s['users']:>3}: {s['records_per_s']:>7} records/s  p95 {s['p95_s']} s"
                f"{'' if s['within_slo'] else '  (SLO broken)'}"
            )
        print(f"  knee: {summary['peak']['knee']}")
    if summary["memory"].get("growth") is not None:
        print(
            f"  memory: {summary['memory']['rss_after_warmup_mb']} MB after warm-up -> "
            f"{summary['memory']['rss_end_mb']} MB ({summary['memory']['growth']:+.1%})"
        )
    for c in checks:
        print(f"  SLO {c.name}: {c.measured} (target {c.target}) {'ok' if c.passed else 'BROKEN'}")
    print(f"run folder: {out}")


def main(argv: list[str] | None = None) -> int:
    a = parse_args(list(sys.argv[1:] if argv is None else argv))
    from medcode.client import MedcodeError
    from medcode.client.tls import tls_from_args

    try:
        tls_from_args(a).export_env()
    except MedcodeError as exc:
        print(f"medcode loadtest: {exc}", file=sys.stderr)
        return 2
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = (a.out or Path.cwd() / "runs" / f"{a.shape}-{stamp}").resolve()
    out.mkdir(parents=True, exist_ok=True)
    try:
        with ExitStack() as stack:
            if a.url:
                ports = [loopback_url(u.strip())[1] for u in a.url.split(",")]
                url, pid = a.url, a.server_pid or listening_pid(ports[0])
            else:
                from medcode.server.launcher import ServerConfig, TritonServer, free_port

                cfg = ServerConfig(
                    model_repository=paths.model_repository("cpu"),
                    grpc_port=free_port(),
                    http_port=free_port(),
                    metrics_port=free_port(),
                )
                server = stack.enter_context(TritonServer(cfg, log_path=out / "tritonserver.log"))
                url, pid = cfg.grpc_url, server.pid
            spec = build_spec(a, url, out)
            if a.shape == "soak" and pid is None:
                raise UsageError(
                    "soak needs the server's pid to sample memory: run it on the server host or pass --server-pid"
                )
            warm_up(url)
            sampler = stack.enter_context(MemorySampler(pid, a.sample_seconds)) if pid else None
            t0 = time.monotonic()
            rc = run_child(spec, out)
            samples = list(sampler.samples) if sampler else []
        if rc not in (0, 3) or not (out / "run.json").exists():  # 3: stopped by the time backstop, figures kept
            print(f"medcode loadtest: the Locust run failed (exit {rc}); see {out / 'locust.log'}", file=sys.stderr)
            return 1
    except UsageError as exc:
        print(f"medcode loadtest: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:  # ServerError / RepositoryError from the launcher: say why, no traceback
        print(f"medcode loadtest: cannot start the embedded server: {exc}", file=sys.stderr)
        return 2
    write_memory(out, samples)
    summary = summarize(spec, out, samples, a.warmup_seconds)
    summary["wall_s"] = round(time.monotonic() - t0, 2)
    summary["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    checks = slo.check(a.shape, summary, slo.SLOs(p95_s=a.slo_p95, max_memory_growth=a.slo_memory_growth))
    summary["slo"] = slo.as_json(checks)
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    print_summary(summary, checks, out)
    return 0 if summary["slo"]["passed"] else 1
