"""Would a shallower encoder buy CPU throughput at an acceptable coding-quality cost?

    medcode bench layer_study [--layers 3,4,6] [--out build/layer-study]

For each layer count N: all-MiniLM-L6-v2 keeping its first N transformer layers (the same
Optimum export, in-graph pooling and per-channel int8 quantization as the shipped encoder; N=6
is the shipped encoder itself), a coder trained on CodiEsp train and calibrated on dev exactly
as `medcode export` does, its dev MAP in-process, and the encoder's CPU milliseconds per note
(one ONNX Runtime thread, length-sorted sub-batches of 4, as served) on the same dev notes.
A study, not a stage of the export: it writes `layer-study.json` and changes nothing shipped.
CodiEsp: CC BY 4.0, Barcelona Supercomputing Center / Plan TL.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import time
from pathlib import Path

import numpy as np

from medcode import paths


def truncated_encoder(layers: int, work: Path) -> Path:
    """int8 encoder keeping the first `layers` layers of the packaged model, untrained (6: the
    packaged encoder itself); reused when already built."""
    from medcode.export import encoder_export as ee

    out = work / f"encoder-L{layers}"
    if (out / "int8" / "model.onnx").exists():
        return out / "int8"
    hf = out / "hf"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(ee.packaged_model_dir(), hf)
    cfg = json.loads((hf / "config.json").read_text())
    cfg["num_hidden_layers"] = layers
    (hf / "config.json").write_text(json.dumps(cfg))
    ee.export_fp32(out / "fp32", hf)
    ee.quantize_int8(out / "fp32" / "model.onnx", out / "int8")
    shutil.rmtree(hf)
    return out / "int8"


def encoder_ms_per_note(encoder_dir: Path, texts: list[str], sub_batch: int = 4, rounds: int = 3) -> float:
    """Median CPU ms per note over `rounds` passes (process time: robust to a shared host)."""
    from medcode.coding.encoder import Tokenizer, make_session, run_sorted
    from medcode.text.segment import split_sentences

    tok = Tokenizer(encoder_dir / "tokenizer.json")
    session = make_session(encoder_dir / "model.onnx", 1)
    batches = [tok([s.text(t) for s in split_sentences(t)]) for t in texts]

    def one_pass() -> None:
        for ids, mask in batches:
            run_sorted(session, ids, mask, sub_batch)

    one_pass()
    times = []
    for _ in range(rounds):
        t0 = time.process_time()
        one_pass()
        times.append((time.process_time() - t0) / len(batches) * 1000)
    return float(np.median(times))


def main(argv: list[str] | None = None) -> int:
    from medcode.training.codiesp_data import load_split
    from medcode.training.eval_codiesp import evaluate_in_process
    from medcode.training.train_coder import calibrate_on, train

    ap = argparse.ArgumentParser(prog="medcode bench layer_study", description=__doc__.splitlines()[0])
    ap.add_argument("--layers", default="3,4,6")
    ap.add_argument("--data", type=Path, default=paths.codiesp_dir())
    ap.add_argument("--out", type=Path, default=paths.build_dir() / "layer-study")
    ap.add_argument("--timed-notes", type=int, default=30)
    ap.add_argument(
        "--tuned",
        type=Path,
        action="append",
        default=[],
        help="a trained encoder folder (`medcode train encoder --out DIR`) to compare as well; repeatable",
    )
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    a.out.mkdir(parents=True, exist_ok=True)
    dev = load_split(a.data, "dev")
    timed = [dev.texts[d] for d in dev.ids[: a.timed_notes]]
    results = []
    specs: list[tuple[str, Path, int]] = [
        (f"L{n}", truncated_encoder(int(n), a.out), int(n)) for n in a.layers.split(",") if n
    ]
    specs += [(f"tuned:{p.name}", p, json.loads((p / "encoder.json").read_text())["layers"]) for p in a.tuned]
    for name, enc, n in specs:
        coder_dir = a.out / f"coder-{name.replace(':', '-')}"
        coder = train(a.data, ["train"], coder_dir, 0, encoder_dir=enc)
        calibrate_on(coder, a.data, "dev", coder_dir, enc)
        rep = evaluate_in_process(coder, a.data, "dev", enc)
        row = {
            "encoder": name,
            "layers": n,
            "encoder_dir": str(enc),
            "map_d": round(rep["D"]["MAP"], 4),
            "map_p": round(rep["P"]["MAP"], 4),
            "encoder_cpu_ms_per_note": round(encoder_ms_per_note(enc, timed), 1),
            "cv_at_threshold": coder.meta["cross_validated"],  # scored and served 0.95 sets, 5-fold x 10
        }
        results.append(row)
        print(json.dumps(row), flush=True)
    base = next((r for r in results if r["encoder"] == "L6"), None)
    if base:
        for r in results:
            r["encoder_cost_vs_6"] = round(r["encoder_cpu_ms_per_note"] / base["encoder_cpu_ms_per_note"], 3)
            r["map_d_vs_6"] = round(r["map_d"] - base["map_d"], 4)
            r["map_p_vs_6"] = round(r["map_p"] - base["map_p"], 4)
    (a.out / "layer-study.json").write_text(
        json.dumps({"date_utc": time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()), "results": results}, indent=1) + "\n"
    )
    print(f"written: {a.out / 'layer-study.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
