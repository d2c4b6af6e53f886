"""Benchmark (not a test): fp32 vs int8 ONNX encoder throughput on the same real sentences,
runs interleaved on the same machine, median of several rounds.

    medcode bench bench_encoders [--rounds 5] [--sentences 256] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from medcode import paths
from medcode.coding.encoder import OnnxEncoder
from medcode.export.parity import sample_sentences


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--sentences", type=int, default=256)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--data", type=Path, default=paths.codiesp_dir() / "dev" / "text_files_en")
    args = ap.parse_args(argv)
    sents = sample_sentences([args.data], limit=args.sentences)
    encs = {p: OnnxEncoder(paths.encoder_dir(p), threads=args.threads) for p in ("fp32", "int8")}
    for e in encs.values():
        e.encode(sents[:16])  # warm-up
    rates: dict[str, list[float]] = {p: [] for p in encs}
    for _ in range(args.rounds):
        for p, e in encs.items():
            t = time.perf_counter()
            e.encode(sents)
            rates[p].append(len(sents) / (time.perf_counter() - t))
    med = {p: statistics.median(r) for p, r in rates.items()}
    print(f"{len(sents)} CodiEsp dev sentences, {args.threads} ORT threads, median of {args.rounds} interleaved rounds")
    for p in encs:
        print(f"  {p}: {med[p]:.1f} sentences/s  (rounds: {', '.join(f'{r:.0f}' for r in rates[p])})")
    print(f"  int8 / fp32: {med['int8'] / med['fp32']:.2f}x")
    print(json.dumps({"sentences_per_s": med, "ratio_int8_fp32": med["int8"] / med["fp32"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
