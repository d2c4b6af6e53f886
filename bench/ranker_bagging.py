"""Does averaging the ranker over cross-fittings steady the top of the ranking? `medcode bench ranker_bagging`.

    medcode bench ranker_bagging [--seeds 0,10,20] [--bags 1,5] [--calibration per-code] [--out DIR]

For each number of bags B and each seed s: a coder trained on CodiEsp train exactly as `make
demo` trains it (`medcode train --tune-split dev`), but with the ranker averaged over B
cross-fittings whose fold seeds are s, s+1, ..., s+B-1 (seeds 10 apart keep the bagged runs
independent for B <= 10). Per run: dev MAP in-process; the codes scoring >= 0.95 under 5-fold x
10 cross-validation of the calibration on dev (what `medcode train` logs and `medcode eval
reliability` reports) and their precision; the precision of the pooled raw ranking where it
covers 5, 10 and 20 % of dev's gold codes (the grey curve of docs/img/coverage_precision.png:
what any calibration can reach); and the served ranker's CPU milliseconds per note (ONNX
Runtime, one thread, as `Coder.load` serves it). The spread between seeds is the rebuild
instability a site sees; a design is steadier when that spread shrinks. Writes
`bagging-study.json`; changes nothing shipped. CodiEsp: CC BY 4.0, Barcelona Supercomputing
Center / Plan TL.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

import numpy as np

from medcode import paths
from medcode.coding.calibration import FITTERS


def precision_at_coverage(raw: np.ndarray, ok: np.ndarray, n_gold: int, shares=(0.05, 0.10, 0.20)) -> dict:
    """Precision of the smallest top set of the pooled raw ranking that covers each share of gold codes."""
    from medcode.training.reliability import coverage_precision_curve

    coverage, precision = coverage_precision_curve(raw, ok, n_gold)
    out = {}
    for share in shares:
        i = np.flatnonzero(coverage >= share)
        out[f"{share:g}"] = round(float(precision[i[0]]), 4) if len(i) else None
    return out


def ranker_ms_per_note(coder, texts: list[str], embedded, rounds: int = 3) -> dict:
    """Median CPU ms per note of each system's served ranker (process time), features computed once."""
    rows: dict = {s: [] for s in coder.models}
    for t, (sents, emb) in zip(texts, embedded):
        note = coder.note_input(t, sents, emb)
        for s in coder.models:
            _, X, _ = coder.models[s].features(note)
            rows[s].append(X)
    out = {}
    for s, xs in rows.items():
        times = []
        for _ in range(rounds):
            t0 = time.process_time()
            for X in xs:
                coder.rankers[s].predict_proba(X)
            times.append((time.process_time() - t0) / len(xs) * 1000)
        out[s.tag] = round(float(np.median(times)), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    from threadpoolctl import threadpool_limits

    from medcode.codesets.systems import CODIESP_SYSTEMS
    from medcode.coding.calibration import raw_scores
    from medcode.coding.coder import Coder
    from medcode.training.codiesp_data import load_split
    from medcode.training.embeddings import embed_notes
    from medcode.training.eval_codiesp import evaluate_in_process
    from medcode.training.served_text import coder_text_kind, served_texts
    from medcode.training.train_coder import calibrate_on, train

    ap = argparse.ArgumentParser(prog="medcode bench ranker_bagging", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=paths.codiesp_dir())
    ap.add_argument("--encoder", type=Path, default=paths.encoder_dir("int8"))
    ap.add_argument("--seeds", default="0,10,20")
    ap.add_argument("--bags", default="1,5", help="comma-separated numbers of cross-fittings averaged")
    ap.add_argument("--out", type=Path, default=paths.build_dir() / "bagging-study")
    ap.add_argument(
        "--calibration",
        choices=list(FITTERS),
        default=None,
        help="calibration design for every system (default: `medcode train`'s)",
    )
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    import sklearn.ensemble  # noqa: F401  (loads OpenMP so the limit applies, as `medcode train`)

    threadpool_limits(1)
    a.out.mkdir(parents=True, exist_ok=True)
    dev = load_split(a.data, "dev")
    golds = {s: [set(dev.gold(s).get(d, [])) for d in dev.ids] for s in CODIESP_SYSTEMS}
    results = []
    for bags in (int(b) for b in a.bags.split(",")):
        for seed in (int(s) for s in a.seeds.split(",")):
            out = a.out / f"coder-b{bags}-s{seed}"
            t0 = time.time()
            coder = train(a.data, ["train"], out, seed, encoder_dir=a.encoder, calibration=a.calibration, bags=bags)
            calibrate_on(coder, a.data, "dev", out, a.encoder, a.calibration)
            train_s = time.time() - t0
            coder = Coder.load(out)  # as served: ONNX rankers
            rep = evaluate_in_process(coder, a.data, "dev", a.encoder)
            texts = served_texts([dev.texts[d] for d in dev.ids], coder_text_kind(coder))
            embedded = embed_notes(texts, a.encoder)
            raw = raw_scores(coder, texts, embedded, golds)
            row = {
                "bags": bags,
                "seed": seed,
                "calibration": coder.meta["calibration"],
                "train_and_calibrate_s": round(train_s, 1),
                "map_d": round(rep["D"]["MAP"], 4),
                "map_p": round(rep["P"]["MAP"], 4),
                "cv_at_0.95": coder.meta["cross_validated"],
                "precision_at_coverage": {
                    s.tag: precision_at_coverage(sc.raw, sc.ok, sum(len(g) for g in golds[s])) for s, sc in raw.items()
                },
                "ranker_cpu_ms_per_note": ranker_ms_per_note(coder, texts[:60], embedded[:60]),
            }
            results.append(row)
            print(json.dumps(row), flush=True)
    (a.out / "bagging-study.json").write_text(
        json.dumps({"date_utc": time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()), "results": results}, indent=1) + "\n"
    )
    print(f"written: {a.out / 'bagging-study.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
