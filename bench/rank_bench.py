"""Benchmark (not a test): CPU and wall time of `Coder.rank` per note on a CodiEsp split.

    .venv/bin/python tests/coding/bench_rank.py --artifact build/coder --split dev

Embeddings come from the on-disk cache (the encoder is not part of the ranking stage).
"""

import argparse
import statistics
import time

from medcode import paths


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--artifact", default=str(paths.coder_dir()))
    ap.add_argument("--data", default=str(paths.codiesp_dir()))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--top-k", type=int, default=200)
    args = ap.parse_args()
    from threadpoolctl import threadpool_limits

    from medcode.coding import Coder
    from medcode.training.codiesp_data import load_split
    from medcode.training.embeddings import embed_notes

    threadpool_limits(1)
    coder = Coder.load(args.artifact)
    split = load_split(args.data, args.split)
    texts = [split.texts[d] for d in split.ids]
    embedded = embed_notes(texts)
    for t, (s, e) in list(zip(texts, embedded))[:5]:  # warm caches (titles, assertion rules)
        coder.rank(t, s, e, top_k=args.top_k)
    wall, cpu = [], []
    for t, (s, e) in zip(texts, embedded):
        w0, c0 = time.perf_counter(), time.process_time()
        coder.rank(t, s, e, top_k=args.top_k)
        wall.append(1000 * (time.perf_counter() - w0))
        cpu.append(1000 * (time.process_time() - c0))
    q = lambda v, p: sorted(v)[int(p * (len(v) - 1))]
    print(
        f"Coder.rank on {len(texts)} {args.split} notes (1 thread): CPU mean {statistics.mean(cpu):.1f} ms, "
        f"p50 {q(cpu, 0.5):.1f}, p95 {q(cpu, 0.95):.1f}; wall mean {statistics.mean(wall):.1f} ms, p95 {q(wall, 0.95):.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
