"""Performance benchmark (a script, never a timed test): `medcode bench benchmark`
(`make bench`). Prints a table and writes bench.json into the run folder.

Measures, on this machine and the same notes: end-to-end records/s and p50/p95 through gRPC at
concurrency 1, 4 and 16 (one note per request, plus 8 notes per request at 4 callers); the
time to code 5,000 records (extrapolated from the best measured steady rate unless
--measure-5000); Triton's per-model queue/compute split and a py-spy profile of the stubs; the
encoder-only ceiling (ONNX Runtime in-process on the same segments); the plain in-process
baseline (sentence-transformers on PyTorch, one note at a time, same segmentation and coder);
and the ratios. Notes: CodiEsp dev texts (CC BY 4.0, BSC / Plan TL), half with surrogate PHI.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from bench import bench_served, profiling
from medcode import paths
from medcode.loadtest.notes import load_texts, with_surrogate_phi


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="medcode bench benchmark", description=__doc__.split("\n\n")[0])
    p.add_argument("--repository", type=Path, default=paths.model_repository("cpu"))
    p.add_argument("--notes", type=int, default=120, help="distinct notes used (default 120, CodiEsp dev)")
    p.add_argument("--records", type=int, default=120, help="records per concurrency level (default 120)")
    p.add_argument("--concurrency", default="1,4,16")
    p.add_argument("--baseline-notes", type=int, default=40, help="notes for the in-process runs (default 40)")
    p.add_argument("--profile-seconds", type=int, default=20, help="py-spy window at 4 callers; 0 = off")
    p.add_argument("--measure-5000", action="store_true", help="code 5,000 records for real (minutes)")
    p.add_argument("--skip-baseline", action="store_true")
    p.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="set for the server and the in-process runs (experiments, e.g. OMP_NUM_THREADS=1)",
    )
    p.add_argument("--data", type=Path, default=paths.codiesp_dir())
    p.add_argument("--out", type=Path)
    return p.parse_args(argv)


def bench_notes(data: Path, n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    texts = load_texts(data, splits=("dev",), limit=n, seed=seed)
    return [with_surrogate_phi(t, rng) if i % 2 == 0 else t for i, t in enumerate(texts)]


@contextlib.contextmanager
def running_server(url: str | None, repository: Path, out: Path, warm: list[str]) -> Iterator[str]:
    """The gRPC URL of the server a benchmark calls: `url` as given, or the embedded CPU server
    started from `repository` on free loopback ports for the block (its log in
    out/tritonserver.log). Every model is warmed once with `warm` before the URL is handed over."""
    from medcode.client import MedcodeClient

    with contextlib.ExitStack() as stack:
        if not url:
            from medcode.server.launcher import ServerConfig, TritonServer, free_port

            cfg = ServerConfig(
                model_repository=repository, grpc_port=free_port(), http_port=free_port(), metrics_port=free_port()
            )
            stack.enter_context(TritonServer(cfg, log_path=out / "tritonserver.log"))
            url = cfg.grpc_url
        with MedcodeClient(url, timeout_s=300) as c:
            c.code(warm)
        yield url


def served_phase(a, notes: list[str], out: Path, levels: list[int]) -> dict:
    from medcode.client import MedcodeClient
    from medcode.server.launcher import ServerConfig, TritonServer, free_port
    from medcode.text.segment import split_sentences

    res: dict = {"levels": []}
    cfg = ServerConfig(
        model_repository=a.repository, grpc_port=free_port(), http_port=free_port(), metrics_port=free_port()
    )
    metrics_url = f"http://{cfg.host}:{cfg.metrics_port}/metrics"
    with TritonServer(cfg, log_path=out / "tritonserver.log") as server:
        assert server.pid is not None  # started by the context manager
        with MedcodeClient(cfg.grpc_url, timeout_s=120) as c:
            c.code(notes[:4])  # warm-up
            deid = c.deidentify(notes)
        res["segments_per_note"] = [[s.text(d.text) for s in split_sentences(d.text)] for d in deid]
        runs = [(lv, 1) for lv in levels] + [(4, 8)]
        for conc, per_req in runs:
            before, cpu0 = bench_served.scrape(metrics_url), bench_served.stub_cpu_seconds(server.pid)
            r = bench_served.run_level(cfg.grpc_url, notes, conc, a.records, per_req)
            r["cpu_cores"] = bench_served.cpu_cores(cpu0, bench_served.stub_cpu_seconds(server.pid), r["wall_s"])
            r["cpu_s_per_record"] = round(sum(r["cpu_cores"].values()) * r["wall_s"] / r["records"], 4)
            r["models"] = bench_served.model_breakdown(before, bench_served.scrape(metrics_url), r["wall_s"])
            res["levels"].append(r)
            print(
                f"  served: {conc:>2} callers x {per_req} notes/request: {r['records_per_s']:.2f} records/s, "
                f"p50 {r['p50_s']:.3f} s, p95 {r['p95_s']:.3f} s, failed {r['failed_requests']}",
                flush=True,
            )
        if a.profile_seconds > 0:
            procs = profiling.start(server.pid, out, a.profile_seconds)
            time.sleep(1.0)
            res["profile"] = _profiled_load(cfg.grpc_url, notes, a.profile_seconds, procs)
        if a.measure_5000:
            best = max((lv for lv in res["levels"] if lv["notes_per_request"] == 1), key=lambda x: x["records_per_s"])
            r = bench_served.run_level(cfg.grpc_url, notes, best["concurrency"], 5000, 1)
            res["measured_5000"] = r
            print(f"  served: 5,000 records at {best['concurrency']} callers: {r['wall_s']:.1f} s", flush=True)
    return res


def _profiled_load(url: str, notes: list[str], seconds: int, procs) -> dict:
    """Keep 4 callers busy while the recorders sample, then collect the profile."""
    import threading

    stop = threading.Event()

    def loop():
        while not stop.is_set():
            bench_served.run_level(url, notes, 4, 8, 1)

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    prof = profiling.finish(procs, timeout_s=seconds + 60)
    stop.set()
    t.join(timeout=120)
    return prof


def machine() -> dict:
    import psutil

    return {
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def table(result: dict) -> str:
    rows = [("path", "records/s", "p50 s", "p95 s")]
    for lv in result["served"]["levels"]:
        rows.append(
            (
                f"gRPC, {lv['concurrency']} callers, {lv['notes_per_request']} note(s)/request",
                f"{lv['records_per_s']:.2f}",
                f"{lv['p50_s']:.3f}",
                f"{lv['p95_s']:.3f}",
            )
        )
    for key, name in (
        ("ceiling", "encoder only (ORT in-process, same segments)"),
        ("onnx_inprocess", "in-process pipeline, ONNX encoder, 1 note at a time"),
        ("hf_baseline", "in-process pipeline, sentence-transformers/PyTorch, 1 note at a time"),
    ):
        if key in result:
            r = result[key]
            rows.append((name, f"{r['records_per_s']:.2f}", f"{r['p50_s']:.3f}", f"{r['p95_s']:.3f}"))
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [" | ".join(c.ljust(w[i]) if i == 0 else c.rjust(w[i]) for i, c in enumerate(r)) for r in rows]
    lines.insert(1, "-+-".join("-" * x for x in w))
    s = result["summary"]
    lines += ["", *(f"{k}: {v}" for k, v in s.items())]
    return "\n".join(lines)


def summarise(result: dict) -> dict:
    levels = [lv for lv in result["served"]["levels"] if lv["notes_per_request"] == 1]
    at4 = next((lv for lv in levels if lv["concurrency"] == 4), None)
    best = max(result["served"]["levels"], key=lambda x: x["records_per_s"])
    s = {
        "records_per_s_at_4": at4 and at4["records_per_s"],
        "best_records_per_s": best["records_per_s"],
        "best_at": f"{best['concurrency']} callers x {best['notes_per_request']} notes/request",
    }
    if "measured_5000" in result["served"]:
        s["time_for_5000_records_s"] = result["served"]["measured_5000"]["wall_s"]
        s["time_for_5000_how"] = "measured"
    else:
        s["time_for_5000_records_s"] = round(5000 / best["records_per_s"], 1)
        s["time_for_5000_how"] = f"extrapolated from the best measured steady rate ({s['best_at']})"
    if "ceiling" in result and at4:
        s["ratio_e2e_at_4_to_encoder_ceiling"] = round(at4["records_per_s"] / result["ceiling"]["records_per_s"], 3)
        s["ratio_best_to_encoder_ceiling"] = round(best["records_per_s"] / result["ceiling"]["records_per_s"], 3)
    if "hf_baseline" in result and at4:
        s["ratio_e2e_at_4_to_hf_baseline"] = round(at4["records_per_s"] / result["hf_baseline"]["records_per_s"], 2)
        s["ratio_best_to_hf_baseline"] = round(best["records_per_s"] / result["hf_baseline"]["records_per_s"], 2)
    # CPU cost per record: server processes (served) vs this process (in-process). On a machine
    # shared with other jobs this is the steadier comparison; 2 / cost = records/s on 2 idle cores.
    cpu = {
        f"served_{lv['concurrency']}x{lv['notes_per_request']}": lv.get("cpu_s_per_record")
        for lv in result["served"]["levels"]
    }
    for key in ("ceiling", "onnx_inprocess", "hf_baseline"):
        if key in result:
            cpu[key] = result[key].get("cpu_s_per_record")
    s["cpu_s_per_record"] = cpu
    cores = os.cpu_count() or 1
    s["records_per_s_if_all_cores_idle"] = {k: round(cores / v, 2) for k, v in cpu.items() if v}
    if at4 and at4.get("cpu_s_per_record") and "ceiling" in result:
        s["cpu_ratio_ceiling_to_e2e_at_4"] = round(result["ceiling"]["cpu_s_per_record"] / at4["cpu_s_per_record"], 3)
    if at4 and at4.get("cpu_s_per_record") and "hf_baseline" in result:
        s["cpu_ratio_hf_baseline_to_e2e_at_4"] = round(
            result["hf_baseline"]["cpu_s_per_record"] / at4["cpu_s_per_record"], 2
        )
    return s


def main(argv: list[str] | None = None) -> int:
    a = parse_args(list(sys.argv[1:] if argv is None else argv))
    if not (a.repository / "MANIFEST.json").exists():
        print(f"benchmark: no model repository at {a.repository}; build it with `make repo`", file=sys.stderr)
        return 2
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = (a.out or Path.cwd() / "runs" / f"bench-{stamp}").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for kv in a.env:
        key, sep, value = kv.partition("=")
        if not sep or not key:
            print(f"benchmark: --env wants KEY=VALUE, got {kv!r}", file=sys.stderr)
            return 2
        os.environ[key] = value  # read by the launcher (server env) and by this process's libraries
    levels = [int(x) for x in a.concurrency.split(",")]
    notes = bench_notes(a.data, a.notes)
    result: dict = {
        "date_utc": stamp,
        "machine": machine(),
        "notes": len(notes),
        "records_per_level": a.records,
        "repository": str(a.repository),
        "env": a.env,
        "manifest": {
            k: v
            for k, v in json.loads((a.repository / "MANIFEST.json").read_text()).items()
            if k in ("profile", "encoder_precision", "model_version")
        },
    }
    print(f"benchmark: {len(notes)} CodiEsp dev notes, {a.records} records per level -> {out}", flush=True)
    result["served"] = served_phase(a, notes, out, levels)
    segs = result["served"].pop("segments_per_note")
    result["segments_total"] = sum(len(x) for x in segs)
    from bench import bench_inprocess

    result["ceiling"] = bench_inprocess.encoder_ceiling(a.repository, segs)
    print(
        f"  encoder ceiling: {result['ceiling']['records_per_s']:.2f} records/s "
        f"({result['ceiling']['segments_per_s']} segments/s)",
        flush=True,
    )
    if not a.skip_baseline:
        few = notes[: a.baseline_notes]
        result["onnx_inprocess"] = bench_inprocess.onnx_inprocess(a.repository, few)
        print(f"  in-process ONNX pipeline: {result['onnx_inprocess']['records_per_s']:.2f} records/s", flush=True)
        from medcode.export.encoder_export import packaged_model_dir

        result["hf_baseline"] = bench_inprocess.hf_baseline(a.repository, few, packaged_model_dir())
        print(f"  in-process HF baseline: {result['hf_baseline']['records_per_s']:.2f} records/s", flush=True)
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]  # other work on the machine skews figures
    result["summary"] = summarise(result)
    (out / "bench.json").write_text(json.dumps(result, indent=2))
    print(table(result))
    print(f"written: {out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
