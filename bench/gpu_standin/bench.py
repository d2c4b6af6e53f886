"""Records/s and p50/p95 latency of the Triton model `encoder`, one gRPC request per record
(one record = one CodiEsp note's segments, tokenized beforehand by `gpu_standin.prepare`), at
several client concurrencies; optionally the raw in-process PyTorch throughput on the same
batches (no Triton) for the serving-overhead ratio.

Importable with numpy + grpcio + tritonclient only (torch is imported for `--raw-weights` alone),
so the same command measures the CPU profile's server here and the GPU stand-in there:

    medcode bench gpu_standin.bench --url 127.0.0.1:8001 --records .gpu/runtime/records.npz
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import sys
import time
from pathlib import Path

import numpy as np

EMBEDDING_DIM = 384


def load_records(path: Path | str) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per record: (input_ids, attention_mask), INT32 [segments, longest segment]."""
    with np.load(path) as z:
        tokens, seg_len, rec_nseg = z["tokens"], z["seg_len"], z["rec_nseg"]
    if seg_len.sum() != len(tokens) or rec_nseg.sum() != len(seg_len):
        raise ValueError(f"{path}: inconsistent records file")
    out, tok_off, seg_off = [], 0, 0
    for n in rec_nseg:
        lens = seg_len[seg_off : seg_off + n]
        ids = np.zeros((n, int(lens.max())), np.int32)
        for i, L in enumerate(lens):
            ids[i, :L] = tokens[tok_off : tok_off + L]
            tok_off += L
        mask = (np.arange(ids.shape[1])[None] < lens[:, None]).astype(np.int32)
        out.append((ids, mask))
        seg_off += n
    return out


def _chunks(ids: np.ndarray, mask: np.ndarray, max_batch: int):
    for s in range(0, ids.shape[0], max_batch):
        yield ids[s : s + max_batch], mask[s : s + max_batch]


def _inputs(grpcclient, ids, mask):
    a = grpcclient.InferInput("input_ids", list(ids.shape), "INT32")
    a.set_data_from_numpy(ids)
    b = grpcclient.InferInput("attention_mask", list(mask.shape), "INT32")
    b.set_data_from_numpy(mask)
    return [a, b]


def server_max_batch(url: str, model: str) -> int:
    import tritonclient.grpc as grpcclient

    c = grpcclient.InferenceServerClient(url)
    try:
        return int(c.get_model_config(model).config.max_batch_size) or 1 << 30
    finally:
        c.close()


def check_parity(url: str, model: str, reference: Path) -> dict:
    """Embed the reference sentences through the server; cosine to the fp32 ONNX embeddings.
    Also checks the output has bytes (numpy 2 in the backend returns empty tensors silently)."""
    import tritonclient.grpc as grpcclient

    with np.load(reference) as z:
        ids, mask, ref = z["input_ids"], z["attention_mask"], z["embedding"]
    c = grpcclient.InferenceServerClient(url)
    try:
        mb = int(c.get_model_config(model).config.max_batch_size) or len(ids)
        parts = []
        for i, m in _chunks(ids, mask, mb):
            r = c.infer(
                model, _inputs(grpcclient, i, m), outputs=[grpcclient.InferRequestedOutput("sentence_embedding")]
            )
            raw = r.get_output("sentence_embedding")
            out = r.as_numpy("sentence_embedding")
            if out is None or out.size == 0 or out.nbytes != i.shape[0] * EMBEDDING_DIM * 4:
                raise RuntimeError(
                    f"empty or short output tensor (shape {list(raw.shape)}, "
                    f"{0 if out is None else out.nbytes} bytes): check numpy<2 in the backend"
                )
            parts.append(out)
    finally:
        c.close()
    emb = np.concatenate(parts)
    cos = (emb * ref).sum(1) / np.linalg.norm(emb, axis=1) / np.linalg.norm(ref, axis=1)
    return {
        "sentences": int(len(ref)),
        "cosine_min": float(cos.min()),
        "cosine_mean": float(cos.mean()),
        "max_abs_diff": float(np.abs(emb - ref).max()),
        "output_bytes": int(emb.nbytes),
    }


async def _client_loop(url, model, records, order, concurrency, max_batch, start_at, seconds, max_records):
    import tritonclient.grpc as grpcclient
    import tritonclient.grpc.aio as aioclient

    prepared = [[_inputs(grpcclient, i, m) for i, m in _chunks(ids, mask, max_batch)] for ids, mask in records]
    outs = [grpcclient.InferRequestedOutput("sentence_embedding")]
    client = aioclient.InferenceServerClient(url)
    lat, done, errors, nseg = [], 0, 0, 0
    next_i = 0

    async def one(idx):
        rs = await asyncio.gather(*(client.infer(model, inp, outputs=outs) for inp in prepared[idx]))
        n = sum(r.as_numpy("sentence_embedding").shape[0] for r in rs)
        if n != records[idx][0].shape[0]:
            raise RuntimeError("wrong number of embeddings")
        return n

    for idx in order[: min(len(order), 2 * concurrency)]:  # warm-up, untimed
        await one(idx)
    await asyncio.sleep(max(0.0, start_at - time.time()))
    t0 = time.perf_counter()
    deadline = t0 + seconds

    async def worker():
        nonlocal next_i, done, errors, nseg
        while time.perf_counter() < deadline and next_i < max_records:
            idx = order[next_i % len(order)]
            next_i += 1
            s = time.perf_counter()
            try:
                n = await one(idx)  # not `nseg += await ...`: that reads nseg before awaiting
                nseg += n
                lat.append(time.perf_counter() - s)
                done += 1
            except Exception:  # counted, reported; no note text in errors
                errors += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - t0
    await client.close()
    return {"latencies": lat, "records": done, "segments": nseg, "errors": errors, "elapsed": elapsed}


def _proc_main(args):
    return asyncio.run(_client_loop(*args))


def measure(url, model, records_path, concurrency, seconds, max_records, procs, max_batch, seed=0) -> dict:
    """`concurrency` in-flight records spread over `procs` client processes (one asyncio loop
    each, so the Python client is not the bottleneck)."""
    records = load_records(records_path)
    procs = max(1, min(procs, concurrency))
    per = [concurrency // procs + (1 if i < concurrency % procs else 0) for i in range(procs)]
    rng = np.random.default_rng(seed)
    start_at = time.time() + 3.0 + 0.5 * procs  # after every process has connected and warmed up
    jobs = []
    for p, c in enumerate(per):
        order = list(rng.permutation(len(records)))
        quota = max_records // procs + (1 if p < max_records % procs else 0)
        jobs.append((url, model, records, order, c, max_batch, start_at, seconds, quota))
    if procs == 1:
        results = [_proc_main(jobs[0])]
    else:
        with mp.get_context("spawn").Pool(procs) as pool:
            results = pool.map(_proc_main, jobs)
    lat = np.concatenate([r["latencies"] for r in results]) if any(r["latencies"] for r in results) else np.zeros(0)
    elapsed = max(r["elapsed"] for r in results)
    done = sum(r["records"] for r in results)
    segs = sum(r["segments"] for r in results)
    return {
        "concurrency": concurrency,
        "client_processes": procs,
        "records": done,
        "errors": sum(r["errors"] for r in results),
        "seconds": round(elapsed, 3),
        "records_per_s": round(done / elapsed, 1) if elapsed else 0.0,
        "segments_per_s": round(segs / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(float(np.percentile(lat, 50)) * 1e3, 2) if len(lat) else None,
        "p95_ms": round(float(np.percentile(lat, 95)) * 1e3, 2) if len(lat) else None,
    }


TRITON_COUNTERS = (
    "nv_inference_request_success",
    "nv_inference_count",
    "nv_inference_exec_count",
    "nv_inference_request_duration_us",
    "nv_inference_queue_duration_us",
    "nv_inference_compute_input_duration_us",
    "nv_inference_compute_infer_duration_us",
    "nv_inference_compute_output_duration_us",
)


def parse_metrics(text: str, model: str) -> dict[str, float]:
    """Triton's Prometheus text -> {counter: value} for `model`, summed over versions."""
    out = dict.fromkeys(TRITON_COUNTERS, 0.0)
    for line in text.splitlines():
        name, _, rest = line.partition("{")
        if name in out and f'model="{model}"' in rest:
            out[name] += float(rest.rsplit("}", 1)[1].split()[0])
    return out


def scrape(metrics_url: str | None, model: str) -> dict[str, float] | None:
    if not metrics_url:
        return None
    import urllib.request

    with urllib.request.urlopen(metrics_url, timeout=10) as r:
        return parse_metrics(r.read().decode(), model)


def server_breakdown(before: dict | None, after: dict | None) -> dict | None:
    """Per-request averages (ms) of Triton's own timing between two scrapes, and the average
    batch: where a request's time goes (server queue / compute input / infer / output; the
    rest of the client's latency is client + gRPC)."""
    if not before or not after:
        return None
    d = {k: after[k] - before[k] for k in TRITON_COUNTERS}
    req = d["nv_inference_request_success"] or 1.0
    ms = lambda k: round(d[k] / req / 1e3, 3)
    return {
        "requests": int(d["nv_inference_request_success"]),
        "executions": int(d["nv_inference_exec_count"]),
        "avg_batch_rows": round(d["nv_inference_count"] / d["nv_inference_exec_count"], 1)
        if d["nv_inference_exec_count"]
        else None,
        "avg_requests_per_exec": round(d["nv_inference_request_success"] / d["nv_inference_exec_count"], 2)
        if d["nv_inference_exec_count"]
        else None,
        "request_ms": ms("nv_inference_request_duration_us"),
        "queue_ms": ms("nv_inference_queue_duration_us"),
        "compute_input_ms": ms("nv_inference_compute_input_duration_us"),
        "compute_infer_ms": ms("nv_inference_compute_infer_duration_us"),
        "compute_output_ms": ms("nv_inference_compute_output_duration_us"),
    }


def raw_torch(weights: Path, records_path: Path, device: str, dtype: str, batch_segments: int, seconds: float) -> dict:
    """In-process PyTorch on the same records, grouped into batches of <= `batch_segments`
    segments (as the dynamic batcher would) and padded per batch, host->device->host included."""
    import torch

    from bench.gpu_standin.bert import load_encoder

    model = load_encoder(weights, device=device, dtype=dtype if device.startswith("cuda") else "float32")
    records = load_records(records_path)
    batches: list[list] = []
    cur: list = []
    for r in records:
        if cur and sum(x[0].shape[0] for x in cur) + r[0].shape[0] > batch_segments:
            batches.append(cur)
            cur = []
        cur.append(r)
    batches.append(cur)
    padded = []
    for b in batches:
        n, w = sum(x[0].shape[0] for x in b), max(x[0].shape[1] for x in b)
        arr = np.zeros((2, n, w), np.int32)
        row = 0
        for ids, mask in b:
            arr[0, row : row + len(ids), : ids.shape[1]] = ids
            arr[1, row : row + len(ids), : ids.shape[1]] = mask
            row += len(ids)
        padded.append((arr, len(b), n))
    cuda = device.startswith("cuda")

    def run(item):
        t = torch.from_numpy(item[0])
        if cuda:
            t = t.pin_memory().to(device, non_blocking=True)
        return model(t[0], t[1]).cpu().numpy()

    for item in padded[:3]:
        run(item)
    recs = segs = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for item in padded:
            run(item)
            recs += item[1]
            segs += item[2]
            if time.perf_counter() - t0 >= seconds:
                break
    el = time.perf_counter() - t0
    name = torch.cuda.get_device_name(torch.device(device)) if cuda else "cpu"
    return {
        "device": device,
        "device_name": name,
        "torch": torch.__version__,
        "dtype": dtype if cuda else "float32",
        "batch_segments": batch_segments,
        "records": recs,
        "seconds": round(el, 3),
        "records_per_s": round(recs / el, 1),
        "segments_per_s": round(segs / el, 1),
    }


def table(rows: list[dict], raw: dict | None) -> str:
    lines = [
        "| concurrency | records/s | segments/s | p50 ms | p95 ms | records | errors "
        "| server request ms | queue ms | infer ms | in+out ms | rows/exec | requests/exec |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        s = r.get("server") or {}
        io = round(s["compute_input_ms"] + s["compute_output_ms"], 3) if s else ""
        lines.append(
            f"| {r['concurrency']} | {r['records_per_s']:,} | {r['segments_per_s']:,} | "
            f"{r['p50_ms']} | {r['p95_ms']} | {r['records']} | {r['errors']} | "
            f"{s.get('request_ms', '')} | {s.get('queue_ms', '')} | {s.get('compute_infer_ms', '')} | "
            f"{io} | {s.get('avg_batch_rows', '')} | {s.get('avg_requests_per_exec', '')} |"
        )
    if raw:
        best = max((r["records_per_s"] for r in rows), default=0)
        lines.append(
            f"raw in-process torch ({raw['device']}, {raw['dtype']}, batches <= "
            f"{raw['batch_segments']} segments): {raw['records_per_s']:,} records/s, "
            f"{raw['segments_per_s']:,} segments/s"
            + (f"; best served / raw = {best / raw['records_per_s']:.2f}" if rows else "")
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="Triton gRPC HOST:PORT; omit to measure raw torch only")
    ap.add_argument("--records", type=Path, required=True, help="records.npz from gpu_standin.prepare")
    ap.add_argument("--reference", type=Path, help="reference.npz: check output bytes and parity first")
    ap.add_argument("--min-cosine", type=float, default=0.99)
    ap.add_argument("--model", default="encoder")
    ap.add_argument("--concurrency", default="1,8,32,64")
    ap.add_argument("--seconds", type=float, default=15.0, help="time bound per concurrency level")
    ap.add_argument("--max-records", type=int, default=20000, help="record bound per concurrency level")
    ap.add_argument("--procs", type=int, default=8, help="client processes at most")
    ap.add_argument("--metrics", help="Triton metrics URL (http://HOST:PORT/metrics): server-side breakdown")
    ap.add_argument("--raw-weights", type=Path, help="weights npz: also measure in-process torch")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw torch measurement")
    ap.add_argument("--raw-device", default="cuda")
    ap.add_argument("--raw-dtype", default="float16")
    ap.add_argument("--raw-batch", type=int, default=256)
    ap.add_argument("--label", default="", help="free text stored in the JSON (card, profile)")
    ap.add_argument("--json", type=Path, help="write results here")
    a = ap.parse_args(argv)
    result: dict = {
        "label": a.label,
        "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "records_file": str(a.records),
        "served": [],
        "raw": None,
        "parity": None,
    }
    ok = True
    if a.url:
        if a.reference:
            par = check_parity(a.url, a.model, a.reference)
            result["parity"] = par
            print(
                f"parity vs fp32 ONNX: cosine min {par['cosine_min']:.5f} mean {par['cosine_mean']:.5f}, "
                f"max |diff| {par['max_abs_diff']:.4f}, {par['output_bytes']} output bytes",
                flush=True,
            )
            ok = par["cosine_min"] >= a.min_cosine
        mb = server_max_batch(a.url, a.model)
        for c in (int(x) for x in a.concurrency.split(",")):
            before = scrape(a.metrics, a.model)
            row = measure(a.url, a.model, a.records, c, a.seconds, a.max_records, a.procs, mb)
            row["server"] = server_breakdown(before, scrape(a.metrics, a.model))
            print(json.dumps(row), flush=True)
            result["served"].append(row)
            ok = ok and row["errors"] == 0 and row["records"] > 0
    if a.raw_weights and not a.no_raw:
        result["raw"] = raw_torch(a.raw_weights, a.records, a.raw_device, a.raw_dtype, a.raw_batch, a.seconds)
        print(json.dumps(result["raw"]), flush=True)
    print(table(result["served"], result["raw"]), flush=True)
    if a.json:
        a.json.write_text(json.dumps(result, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
