"""A normal note's latency while hostile 256 KiB notes are being served (issue 12, item 5).

    medcode bench deid_alongside [--url HOST:PORT] [--seconds 40] [--hostile 1]
                                 [--kinds random_words,keyword_dense,capital_words]

One closed-loop caller codes normal CodiEsp notes (half with surrogate PHI) through the served
`medcode` model, first alone, then while `--hostile` other callers each code adversarial notes
of the 256 KiB limit (`tools/deid/adversarial.py`, ASCII kinds) back to back, side by side in
one run against one server. Reported: the normal notes' median / p95 / max latency in each
phase and their ratio, and how long each hostile note took. A hostile note holds a `deid`
instance while it is read (the rules and the model stop at the reading limit, the model also at
its token budget, and the rest is masked), so with one `deid` instance a normal note can wait
behind one (the CPU profile has two).
Writes deid_alongside.json into the run folder. Without --url the embedded CPU server is
started on free loopback ports.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from medcode import paths
from tools.deid.adversarial import LIMIT, adversarial_notes

ASCII_KINDS = "random_words,keyword_dense,capital_words"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="medcode bench deid_alongside", description=__doc__.split("\n\n")[0])
    p.add_argument("--url", help="gRPC HOST:PORT of a running server; default: start the embedded CPU server")
    p.add_argument("--repository", type=Path, default=paths.model_repository("cpu"))
    p.add_argument("--seconds", type=float, default=40.0, help="length of each phase (default 40)")
    p.add_argument("--hostile", type=int, default=1, help="callers sending 256 KiB notes (default 1)")
    p.add_argument("--kinds", default=ASCII_KINDS, help=f"adversarial kinds, in turn (default {ASCII_KINDS})")
    p.add_argument("--notes", type=int, default=30, help="distinct normal notes (default 30, CodiEsp dev)")
    p.add_argument("--data", type=Path, default=paths.codiesp_dir())
    p.add_argument("--timeout", type=float, default=120.0, help="per-request client deadline, s (default 120)")
    p.add_argument("--out", type=Path)
    return p.parse_args(argv)


def _summary(xs: list[float]) -> dict:
    if not xs:
        return {"n": 0}
    s = sorted(xs)
    return {
        "n": len(s),
        "median": round(statistics.median(s), 3),
        "p95": round(s[min(len(s) - 1, int(0.95 * len(s)))], 3),
        "max": round(s[-1], 3),
    }


def phase(url: str, notes: list[str], hostile: list[str], callers: int, seconds: float, timeout_s: float) -> dict:
    """Normal notes in a closed loop for `seconds`, with `callers` hostile callers beside it."""
    from medcode.client import MedcodeClient, MedcodeError

    stop = threading.Event()
    hostile_s: list[float] = []
    hostile_failed: list[str] = []

    def attack(i: int) -> None:
        with MedcodeClient(url, timeout_s=timeout_s, retries=0) as c:
            k = i
            while not stop.is_set():
                t0 = time.perf_counter()
                try:
                    c.code([hostile[k % len(hostile)]])
                    hostile_s.append(time.perf_counter() - t0)
                except MedcodeError as exc:
                    hostile_failed.append(type(exc).__name__)
                k += 1

    threads = [threading.Thread(target=attack, args=(i,), daemon=True) for i in range(callers)]
    for t in threads:
        t.start()
    if callers:
        time.sleep(1.0)  # let the first hostile note reach the server
    normal_s: list[float] = []
    normal_failed = 0
    end = time.monotonic() + seconds
    with MedcodeClient(url, timeout_s=timeout_s, retries=0) as c:
        k = 0
        while time.monotonic() < end:
            t0 = time.perf_counter()
            try:
                c.code([notes[k % len(notes)]])
                normal_s.append(time.perf_counter() - t0)
            except MedcodeError:
                normal_failed += 1
            k += 1
    stop.set()
    for t in threads:
        t.join(timeout_s)
    return {
        "hostile_callers": callers,
        "normal_latency_s": _summary(normal_s),
        "normal_failed": normal_failed,
        "hostile_latency_s": _summary(hostile_s),
        "hostile_failed": hostile_failed,
    }


def main(argv: list[str]) -> int:
    from bench.benchmark import bench_notes, machine, running_server

    a = parse_args(argv)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = (a.out or Path.cwd() / "runs" / f"deid-alongside-{stamp}").resolve()
    out.mkdir(parents=True, exist_ok=True)
    notes = bench_notes(a.data, a.notes)
    pool = adversarial_notes(LIMIT)
    hostile = [pool[k] for k in a.kinds.split(",")]
    with running_server(a.url, a.repository, out, notes[:4]) as url:
        print(f"deid_alongside: normal notes alone for {a.seconds:.0f} s ...", flush=True)
        alone = phase(url, notes, hostile, 0, a.seconds, a.timeout)
        print(f"deid_alongside: normal notes beside {a.hostile} hostile caller(s) ...", flush=True)
        beside = phase(url, notes, hostile, a.hostile, a.seconds, a.timeout)
    ratio = None
    if alone["normal_latency_s"].get("median") and beside["normal_latency_s"].get("median"):
        ratio = round(beside["normal_latency_s"]["median"] / alone["normal_latency_s"]["median"], 2)
    report = {
        "machine": machine(),
        "args": {k: str(v) for k, v in vars(a).items()},
        "alone": alone,
        "beside_hostile": beside,
        "normal_median_ratio": ratio,
    }
    (out / "deid_alongside.json").write_text(json.dumps(report, indent=1) + "\n")
    for name, r in (("alone", alone), (f"beside {a.hostile} hostile", beside)):
        print(f"{name:20s} normal notes {r['normal_latency_s']}  failed {r['normal_failed']}")
    print(f"hostile 256 KiB notes: {beside['hostile_latency_s']}  failed {beside['hostile_failed']}")
    print(f"normal median latency beside / alone: {ratio}")
    print(f"run folder: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
