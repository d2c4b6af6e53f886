"""Worst-case de-identification time: adversarial and random notes up to the 256 KiB limit.

    medcode bench deid_worst_case [--size BYTES] [--timeout S] [--kinds a,b,...]

One line per kind: characters, seconds to de-identify (one worker process loads the
Deidentifier once; a kind that runs past --timeout is reported as such and the worker is
restarted), plus a normal CodiEsp note timed before and after for reference.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time

from medcode import paths
from tools.deid.adversarial import LIMIT, adversarial_notes


def _worker(conn) -> None:
    from medcode.deid import Deidentifier

    d = Deidentifier()
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
    args = ap.parse_args(argv)
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
        out = r.run(text, args.timeout)
        if out is None:
            print(f"{name:24s} {len(text):8d} chars  > {args.timeout:.0f} s (timed out)", flush=True)
            worst = float("inf")
            continue
        worst = max(worst, out[0])
        print(f"{name:24s} {len(text):8d} chars  {out[0] * 1000:9.1f} ms  {out[1]:6d} spans", flush=True)
    out = r.run(normal, args.timeout)
    print(f"{'normal CodiEsp note':24s} {len(normal):8d} chars  {out[0] * 1000:9.1f} ms" if out else "normal: timeout")
    r.close()
    print(f"worst adversarial note: {worst:.2f} s ({len(notes)} kinds, {args.size} chars each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
