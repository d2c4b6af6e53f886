"""Worst-case de-identification time: adversarial and random notes up to the 256 KiB limit.

    medcode bench deid_worst_case [--size BYTES] [--timeout S] [--kinds a,b,...] [--repeat N]
                                  [--max-chars N] [--max-tokens N]

One line per kind: characters, seconds to de-identify (median of --repeat runs; one worker
process loads the served configuration's Deidentifier once; a kind that runs past --timeout is
reported as such and the worker is restarted), plus a normal CodiEsp note timed before and after
for reference. --max-chars and --max-tokens set the reading limit and the model's token budget
as MEDCODE_DEID_MAX_CHARS and MEDCODE_DEID_LEARNED_MAX_TOKENS do for the server.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing as mp
import os
import statistics
import sys
import time

from medcode import paths
from tools.deid.adversarial import LIMIT, adversarial_notes


def _worker(conn) -> None:
    from medcode.deid import Deidentifier
    from medcode.deid.engine import DeidConfig

    logging.getLogger("medcode.deid").setLevel(logging.ERROR)  # one budget warning per hostile note
    d = Deidentifier(DeidConfig.served())
    conn.send("ready")
    while True:
        text = conn.recv()
        if text is None:
            return
        t0 = time.perf_counter()
        res = d.deidentify(text)
        conn.send((time.perf_counter() - t0, len(res.spans)))


class _Runner:
    def __init__(self) -> None:
        self.proc: mp.Process | None = None

    def start(self) -> None:
        self.conn, child = mp.Pipe()
        self.proc = mp.Process(target=_worker, args=(child,), daemon=True)
        self.proc.start()
        assert self.conn.recv() == "ready"

    def run(self, text: str, timeout: float) -> tuple[float, int] | None:
        if self.proc is None:
            self.start()
        self.conn.send(text)
        if self.conn.poll(timeout):
            return self.conn.recv()
        assert self.proc is not None
        self.proc.kill()
        self.proc.join()
        self.proc = None
        return None

    def close(self) -> None:
        if self.proc is not None:
            self.conn.send(None)
            self.proc.join(5)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=LIMIT)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--kinds", default="")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--max-chars", type=int, default=None)
    ap.add_argument("--max-tokens", type=int, default=None)
    args = ap.parse_args(argv)
    if args.max_chars is not None:
        os.environ["MEDCODE_DEID_MAX_CHARS"] = str(args.max_chars)
    if args.max_tokens is not None:
        os.environ["MEDCODE_DEID_LEARNED_MAX_TOKENS"] = str(args.max_tokens)
    notes = adversarial_notes(args.size)
    if args.kinds:
        notes = {k: v for k, v in notes.items() if k in args.kinds.split(",")}
    normal = sorted((paths.codiesp_dir() / "dev" / "text_files_en").glob("*.txt"))[0].read_text(encoding="utf-8")
    r = _Runner()
    r.start()
    out = r.run(normal, args.timeout)
    print(f"{'normal CodiEsp note':24s} {len(normal):8d} chars  {out[0] * 1000:9.1f} ms" if out else "normal: timeout")
    worst = 0.0
    for name, text in notes.items():
        runs = [r.run(text, args.timeout) for _ in range(max(1, args.repeat))]
        done = [out for out in runs if out is not None]
        if len(done) < len(runs):
            print(f"{name:24s} {len(text):8d} chars  > {args.timeout:.0f} s (timed out)", flush=True)
            worst = float("inf")
            continue
        secs = statistics.median(out[0] for out in done)
        worst = max(worst, secs)
        print(f"{name:24s} {len(text):8d} chars  {secs * 1000:9.1f} ms  {done[0][1]:6d} spans", flush=True)
    out = r.run(normal, args.timeout)
    print(f"{'normal CodiEsp note':24s} {len(normal):8d} chars  {out[0] * 1000:9.1f} ms" if out else "normal: timeout")
    r.close()
    print(f"worst adversarial note: {worst:.2f} s ({len(notes)} kinds, {args.size} chars each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
