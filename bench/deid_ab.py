"""Served end-to-end cost of the learned PHI recognizer: `medcode bench deid_ab`.

Two servers from the same model repository run side by side, one with the rules alone
(`MEDCODE_DEID_LEARNED=0`, the `deid` of before) and one with rules + learned recognizer (the
default), and the same notes are coded through each in alternating rounds (A B A B ...) at the
same concurrency, so both see the same machine load. Prints records/s per round, the medians and
their ratio; writes runs/deid-ab-<UTC time>.json. `--other-model DIR` adds a third side, rules +
that recognizer (`MEDCODE_DEID_LEARNED_MODEL`), to weigh two recognizers in the same run. Notes: CodiEsp dev texts (CC BY 4.0, BSC / Plan
TL), every other one with surrogate PHI (as `medcode bench benchmark`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench import bench_served
from bench.benchmark import bench_notes
from medcode import paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="medcode bench deid_ab", description=__doc__.splitlines()[0])
    ap.add_argument("--repository", type=Path, default=paths.model_repository("cpu"))
    ap.add_argument(
        "--learned-repository",
        type=Path,
        help="serve the rules+learned side from this repository instead (e.g. a copy with 2 deid instances)",
    )
    ap.add_argument(
        "--other-model",
        type=Path,
        help="a third side: rules + this learned recognizer folder (e.g. the one shipped before a retraining)",
    )
    bench_served.add_ab_arguments(ap)
    a = ap.parse_args(argv)
    sides = {
        "rules": (a.repository, {"MEDCODE_DEID_LEARNED": "0"}),
        "rules+learned": (a.learned_repository or a.repository, {"MEDCODE_DEID_LEARNED": "1"}),
    }
    if a.other_model:
        env = {"MEDCODE_DEID_LEARNED": "1", "MEDCODE_DEID_LEARNED_MODEL": str(a.other_model.resolve())}
        sides["rules+other"] = (a.learned_repository or a.repository, env)
    rounds, med, out = bench_served.ab_rounds("deid-ab", sides, bench_notes(paths.codiesp_dir(), a.notes), a)
    print(f"median records/s at {a.concurrency} callers: " + ", ".join(f"{k} {v:.2f}" for k, v in med.items()))
    ratios = {}
    for side, key in (("rules+learned", "ratio"), ("rules+other", "ratio_other")):
        if side in med:
            ratios[key] = med[side] / med["rules"]
            print(f"ratio {side} / rules: {ratios[key]:.3f} (throughput change {100 * (ratios[key] - 1):+.1f}%)")
    served = {"repository": str(a.repository), "learned_repository": str(a.learned_repository or a.repository)}
    if a.other_model:
        served["other_model"] = str(a.other_model)
    bench_served.write_ab_result(out, a, rounds, med, served, ratios)
    return 0


if __name__ == "__main__":
    sys.exit(main())
