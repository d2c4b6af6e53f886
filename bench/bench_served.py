"""Served side of the benchmark: closed-loop gRPC load at a fixed concurrency, and Triton's own
per-model counters (queue and compute time) read from its Prometheus endpoint before and after.

Plain threads, one MedcodeClient each (the gRPC call releases the GIL), no Locust: the benchmark
measures the server, with the thinnest client that still goes through medcode's own client.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import statistics
import threading
import time
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from medcode import paths
from medcode.client import MedcodeClient
from medcode.loadtest.analysis import percentile

_METRIC = re.compile(r'^(nv_inference_[a-z_]+)\{[^}]*model="([^"]+)"[^}]*\}\s+([0-9.eE+-]+)$')
COUNTERS = (
    "request_success",
    "request_failure",
    "count",
    "exec_count",
    "request_duration_us",
    "queue_duration_us",
    "compute_input_duration_us",
    "compute_infer_duration_us",
    "compute_output_duration_us",
)


def run_level(
    url: str, notes: list[str], concurrency: int, records: int, notes_per_request: int = 1, timeout_s: float = 120.0
) -> dict:
    """Send `records` notes with `concurrency` callers; records/s over the wall time of the level."""
    lock = threading.Lock()
    cursor = {"i": 0}
    latencies: list[float] = []
    failures: list[str] = []

    def take() -> list[str] | None:
        with lock:
            i = cursor["i"]
            if i >= records:
                return None
            n = min(notes_per_request, records - i)
            cursor["i"] = i + n
        return [notes[(i + k) % len(notes)] for k in range(n)]

    def worker() -> None:
        with MedcodeClient(url, timeout_s=timeout_s, retries=0) as c:
            while (batch := take()) is not None:
                t0 = time.perf_counter()
                try:
                    res = c.code(batch)
                    if len(res) != len(batch):
                        raise RuntimeError("result count mismatch")
                    with lock:
                        latencies.append(time.perf_counter() - t0)
                except Exception as exc:
                    with lock:
                        failures.append(type(exc).__name__)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout_s * (records + 1))
    wall = time.perf_counter() - t0
    coded = records - sum(1 for _ in failures) * notes_per_request
    return {
        "concurrency": concurrency,
        "notes_per_request": notes_per_request,
        "records": records,
        "failed_requests": len(failures),
        "wall_s": round(wall, 3),
        "records_per_s": round(coded / wall, 3),
        "p50_s": round(percentile(latencies, 50) or 0.0, 4),
        "p95_s": round(percentile(latencies, 95) or 0.0, 4),
    }


@contextlib.contextmanager
def servers_side_by_side(sides: dict[str, tuple[Path, dict[str, str]]], log_stem: Path) -> Iterator[dict[str, str]]:
    """Start one embedded tritonserver per side (its repository, and environment variables set
    while it starts: the server copies the environment), yield each side's gRPC URL, stop all."""
    from medcode.server.launcher import ServerConfig, TritonServer, free_port

    servers = {}
    try:
        for side, (repo, env) in sides.items():
            saved = {k: os.environ.get(k) for k in env}
            os.environ.update(env)
            try:
                cfg = ServerConfig(
                    model_repository=repo, grpc_port=free_port(), http_port=free_port(), metrics_port=free_port()
                )
                log = log_stem.with_suffix(f".{side.split()[0]}.log")
                servers[side] = TritonServer(cfg, log_path=log).start()
            finally:
                for k, v in saved.items():
                    if v is None:
                        os.environ.pop(k, None)
                    else:
                        os.environ[k] = v
        yield {side: srv.cfg.grpc_url for side, srv in servers.items()}
    finally:
        for srv in servers.values():
            srv.stop()


def alternating_rounds(
    urls: dict[str, str], notes: list[str], concurrency: int, records: int, rounds: int
) -> dict[str, list[float]]:
    """Records/s of each server in alternating rounds (A B A B ...): side by side in one run,
    so both sides see the same machine load; a side's median over its rounds is its figure."""
    for url in urls.values():
        with MedcodeClient(url, timeout_s=120) as c:
            c.code(notes[:4])  # warm-up
    out: dict[str, list[float]] = {side: [] for side in urls}
    for k in range(rounds):
        for side, url in urls.items():
            r = run_level(url, notes, concurrency, records)
            out[side].append(r["records_per_s"])
            print(
                f"round {k + 1} {side:14s}: {r['records_per_s']:.2f} records/s, p50 {r['p50_s']:.3f} s, "
                f"failed {r['failed_requests']}",
                flush=True,
            )
    return out


def add_ab_arguments(ap: argparse.ArgumentParser) -> None:
    """The options every served A/B benchmark takes (`deid_ab`, `encoder_ab`)."""
    ap.add_argument("--notes", type=int, default=60)
    ap.add_argument("--records", type=int, default=80, help="records per round")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per side")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--out", type=Path)


def ab_rounds(
    name: str, sides: dict[str, tuple[Path, dict[str, str]]], notes: list[str], a: argparse.Namespace
) -> tuple[dict[str, list[float]], dict[str, float], Path]:
    """Serve `sides` at once and code `notes` through each in alternating rounds (options from
    `add_ab_arguments`): each side's records/s per round, their medians, and the result file
    (runs/<name>-<UTC time>.json unless --out) whose stem names the servers' logs."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = a.out or paths.REPO_ROOT / "runs" / f"{name}-{stamp}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    with servers_side_by_side(sides, out) as urls:
        rounds = alternating_rounds(urls, notes, a.concurrency, a.records, a.rounds)
    return rounds, {side: statistics.median(v) for side, v in rounds.items()}, out


def write_ab_result(out: Path, a: argparse.Namespace, rounds: dict, median: dict, sides: dict, ratio: dict) -> None:
    """The A/B result file: what was served (`sides`), the rounds, their medians and `ratio`."""
    result = {
        "concurrency": a.concurrency,
        **sides,
        "records_per_round": a.records,
        "rounds": rounds,
        "median": median,
        **ratio,
        "load_average_at_end": os.getloadavg(),
    }
    out.write_text(json.dumps(result, indent=1))
    print(f"written: {out}")


def stub_cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU seconds (user + system) used so far by the server and each model's stubs, summed per model."""
    import psutil

    from bench.profiling import stub_processes

    out = {"tritonserver": sum(psutil.Process(server_pid).cpu_times()[:2])}
    for pid, model in stub_processes(server_pid).items():
        with contextlib.suppress(psutil.NoSuchProcess):
            out[model] = out.get(model, 0.0) + sum(psutil.Process(pid).cpu_times()[:2])
    return out


def cpu_cores(before: dict, after: dict, wall_s: float) -> dict[str, float]:
    """Mean cores used per process group over a window (1.0 = one core busy all the time)."""
    return {k: round((after[k] - before.get(k, 0.0)) / wall_s, 3) for k in after}


def scrape(metrics_url: str) -> dict[str, dict[str, float]]:
    """Triton's nv_inference_* counters summed per model."""
    text = urllib.request.urlopen(metrics_url, timeout=10).read().decode()
    out: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for line in text.splitlines():
        m = _METRIC.match(line)
        if m:
            out[m.group(2)][m.group(1)[len("nv_inference_") :]] += float(m.group(3))
    return {k: dict(v) for k, v in out.items()}


def model_breakdown(before: dict, after: dict, wall_s: float) -> dict:
    """Per model over a window: requests, executions, mean batch, mean queue and compute time,
    and the share of wall time the model's instances were computing (can exceed 1 with >1 instance)."""
    out = {}
    for model in sorted(after):
        d = {k: after[model].get(k, 0.0) - before.get(model, {}).get(k, 0.0) for k in COUNTERS}
        req, execs = d["request_success"], d["exec_count"]
        if req <= 0:
            continue
        out[model] = {
            "requests": int(req),
            "executions": int(execs),
            "mean_batch": round(d["count"] / execs, 2) if execs else None,
            "mean_request_ms": round(d["request_duration_us"] / req / 1000, 2),
            "mean_queue_ms": round(d["queue_duration_us"] / req / 1000, 2),
            "mean_compute_ms_per_request": round(d["compute_infer_duration_us"] / req / 1000, 2),
            "compute_share_of_wall": round(d["compute_infer_duration_us"] / 1e6 / wall_s, 3),
        }
    return out
