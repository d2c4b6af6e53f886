"""In-process cost of the de-identifier in this checkout against another, side by side.

    git worktree add /tmp/medcode-base <commit>
    medcode bench deid_checkout_ab --other /tmp/medcode-base --sets eval15_clinical eval16_clinical

Each side is a fresh process that imports `medcode.deid` from its own checkout, loads the
served configuration's Deidentifier, warms it on 20 notes and times `detect` over every text of
the sets (`datasets/deid/<set>.jsonl` of this checkout, so both read the same notes). The sides
alternate (A B, B A, ...) for --rounds rounds so both see the same machine load; prints notes per
CPU-second per round, the medians and their ratio (this checkout / the other). Rule and keep-list
changes cost CPU on every note; a ratio is the figure to quote, not an absolute rate.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from medcode import paths

_SIDE = r"""
import json, logging, sys, time
logging.disable(logging.WARNING)
from medcode.deid import DeidConfig, Deidentifier
deid = Deidentifier(DeidConfig.served())
texts = [json.loads(line)["text"] for f in sys.argv[1:] for line in open(f, encoding="utf-8")]
for t in texts[:20]:
    deid.detect(t)
cpu = time.process_time()
for t in texts:
    deid.detect(t)
print(json.dumps({"notes": len(texts), "cpu_s": time.process_time() - cpu}))
"""


def _notes_per_cpu_second(checkout: Path, files: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout)}  # this side imports medcode from its own checkout
    out = subprocess.run(
        [sys.executable, "-c", _SIDE, *files], cwd=checkout, env=env, capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result["notes"] / result["cpu_s"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode bench deid_checkout_ab", description=__doc__.splitlines()[0])
    ap.add_argument("--other", type=Path, required=True, help="another checkout of medcode (e.g. a git worktree)")
    ap.add_argument("--sets", nargs="+", default=["eval15_clinical", "eval16_clinical"], help="datasets/deid set names")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    if not (args.other / "medcode" / "deid" / "engine.py").is_file():
        ap.error(f"{args.other} is not a medcode checkout (no medcode/deid/engine.py)")
    files = [str(paths.REPO_ROOT / "datasets" / "deid" / f"{s}.jsonl") for s in args.sets]
    for f in files:
        if not Path(f).is_file():
            ap.error(f"no such set: {f}")
    sides = {"this": paths.REPO_ROOT, "other": args.other.resolve()}
    rates: dict[str, list[float]] = {"this": [], "other": []}
    for r in range(args.rounds):
        for name in ("this", "other") if r % 2 == 0 else ("other", "this"):
            rates[name].append(_notes_per_cpu_second(sides[name], files))
        print(f"round {r + 1}: this {rates['this'][-1]:.1f}, other {rates['other'][-1]:.1f} notes per CPU-second")
    this, other = statistics.median(rates["this"]), statistics.median(rates["other"])
    print(f"median notes per CPU-second: this {this:.1f}, other {other:.1f}; ratio this/other {this / other:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
