"""Overload of the bounded queues (issue 13), measured: `medcode bench overload`.

Closed-loop callers without client retries (a refused request is counted, not sent again) at a
load the server keeps up with and at one far past its queue bound, side by side in one run
against one server. Every generated model config bounds its queue (at most 16 waiting
requests per `medcode` instance, 10 s at most in the queue, then REJECT; see
medcode/export/configs.py): past the bound a request should be refused at once with
UNAVAILABLE ("Exceeds maximum queue size") or, after the queue timeout, with UNAVAILABLE
("Request timeout expired") rather than wait without end. Reported per level: requests,
share refused, the statuses, the median and p95 time to a refusal, and the median, p95 and
maximum latency of the requests that were served. Prints a table and writes overload.json
into the run folder. Notes: CodiEsp dev texts (CC BY 4.0, BSC / Plan TL), half with surrogate PHI.

Without --url the embedded CPU server is started on free loopback ports; with --url, a running
server (and --tls-* through `medcode bench`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from medcode import paths


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="medcode bench overload", description=__doc__.split("\n\n")[0])
    p.add_argument("--url", help="gRPC HOST:PORT of a running server; default: start the embedded CPU server")
    p.add_argument("--repository", type=Path, default=paths.model_repository("cpu"))
    p.add_argument("--levels", default="8,256", help="concurrent callers per level (default 8,256)")
    p.add_argument("--seconds", type=float, default=30.0, help="load time per level (default 30)")
    p.add_argument("--channels", type=int, default=8, help="gRPC clients the callers share (default 8)")
    p.add_argument("--timeout", type=float, default=120.0, help="per-request client deadline, s (default 120)")
    p.add_argument("--notes", type=int, default=60, help="distinct notes (default 60, CodiEsp dev)")
    p.add_argument("--data", type=Path, default=paths.codiesp_dir())
    p.add_argument("--out", type=Path)
    return p.parse_args(argv)


def _status(exc: Exception) -> str:
    """The gRPC status and Triton's reason, without anything the caller sent."""
    text = str(exc)
    for status in ("UNAVAILABLE", "RESOURCE_EXHAUSTED", "DEADLINE_EXCEEDED", "INTERNAL", "INVALID_ARGUMENT"):
        if status in text or (status == "UNAVAILABLE" and type(exc).__name__ == "ServerUnavailableError"):
            for reason in ("maximum queue size", "timeout expired", "not healthy"):
                if reason in text.lower():
                    return f"{status}: {reason}"
            return status
    if type(exc).__name__ == "DeadlineExceededError":
        return "DEADLINE_EXCEEDED"
    return type(exc).__name__


def _pct(xs: list[float], q: float) -> float | None:
    if not xs:
        return None
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(q * len(xs)))], 3)


async def run_level(url: str, notes: list[str], callers: int, seconds: float, channels: int, timeout_s: float) -> dict:
    from medcode.client import AsyncMedcodeClient, MedcodeError

    clients = [AsyncMedcodeClient(url, timeout_s=timeout_s, retries=0) for _ in range(channels)]
    served: list[float] = []
    refused: list[tuple[float, str]] = []
    end = time.monotonic() + seconds

    async def caller(i: int) -> None:
        c = clients[i % channels]
        k = i
        while time.monotonic() < end:
            k += callers
            t0 = time.perf_counter()
            try:
                await c.code([notes[k % len(notes)]])
                served.append(time.perf_counter() - t0)
            except MedcodeError as exc:
                refused.append((time.perf_counter() - t0, _status(exc)))

    t0 = time.perf_counter()
    await asyncio.gather(*(caller(i) for i in range(callers)))
    wall = time.perf_counter() - t0
    for c in clients:
        await c.close()
    total = len(served) + len(refused)
    statuses: dict[str, int] = {}
    for _, s in refused:
        statuses[s] = statuses.get(s, 0) + 1
    return {
        "callers": callers,
        "wall_s": round(wall, 2),
        "requests": total,
        "served": len(served),
        "refused": len(refused),
        "refused_share": round(len(refused) / total, 4) if total else None,
        "statuses": statuses,
        "served_per_s": round(len(served) / wall, 2),
        "served_latency_s": {
            "median": round(statistics.median(served), 3) if served else None,
            "p95": _pct(served, 0.95),
            "max": round(max(served), 3) if served else None,
        },
        "time_to_refusal_s": {
            "median": round(statistics.median(t for t, _ in refused), 3) if refused else None,
            "p95": _pct([t for t, _ in refused], 0.95),
            "max": round(max(t for t, _ in refused), 3) if refused else None,
        },
    }


def table(levels: list[dict]) -> str:
    rows = ["callers  requests  refused  served/s  served p50/p95/max s  refusal p50/p95/max s  statuses"]
    for r in levels:
        lat = "/".join("-" if v is None else f"{v}" for v in r["served_latency_s"].values())
        ref = "/".join("-" if v is None else f"{v}" for v in r["time_to_refusal_s"].values())
        rows.append(
            f"{r['callers']:>7}  {r['requests']:>8}  {100 * (r['refused_share'] or 0):>6.2f}%  {r['served_per_s']:>8}  "
            f"{lat:<20}  {ref:<21}  {r['statuses']}"
        )
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    from bench.benchmark import bench_notes, machine, running_server

    a = parse_args(argv)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = (a.out or Path.cwd() / "runs" / f"overload-{stamp}").resolve()
    out.mkdir(parents=True, exist_ok=True)
    notes = bench_notes(a.data, a.notes)
    levels = [int(x) for x in a.levels.split(",")]
    with running_server(a.url, a.repository, out, notes[:4]) as url:
        results = []
        for n in levels:
            print(f"overload: {n} callers for {a.seconds:.0f} s ...", flush=True)
            results.append(asyncio.run(run_level(url, notes, n, a.seconds, a.channels, a.timeout)))
    report = {"machine": machine(), "args": {k: str(v) for k, v in vars(a).items()}, "levels": results}
    (out / "overload.json").write_text(json.dumps(report, indent=1) + "\n")
    print(table(results))
    print(f"run folder: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
