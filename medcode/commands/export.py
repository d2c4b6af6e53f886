"""`medcode export --profile cpu|gpu [--out DIR]`: the export pipeline, stage by stage.

Stages are resumable: each skips when its output exists (use --force to redo). Stages:
1 ONNX export (Optimum) · 2 parity vs PyTorch · 3 int8 (CPU) · 4 coder (trains if absent)
· 5 the coder's ranker trees as ONNX · 6 repository + manifest · (GPU, on the target) 7 TensorRT
engines.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from medcode import paths


class Stages:
    def __init__(self, total: int):
        self.total, self.n = total, 0

    def run(self, title: str, done: bool, fn):
        self.n += 1
        prefix = f"[export {self.n}/{self.total}] {title}"
        if done:
            print(f"{prefix}: up to date", flush=True)
            return None
        print(f"{prefix} ...", flush=True)
        t = time.perf_counter()
        result = fn()
        print(f"{prefix}: done in {time.perf_counter() - t:.1f} s", flush=True)
        return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="medcode export", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--profile", choices=["cpu", "gpu", "gpu-clinic"], default="cpu")
    ap.add_argument("--out", type=Path, help="repository folder (default build/model_repository/PROFILE)")
    ap.add_argument("--coder", type=Path, default=paths.coder_dir(), help="trained coder artefacts")
    ap.add_argument(
        "--data", type=Path, default=paths.codiesp_dir(), help="CodiEsp-format data, to train a missing coder"
    )
    ap.add_argument("--force", action="store_true", help="redo every stage")
    ap.add_argument(
        "--build-engines",
        action="store_true",
        help="GPU profile: compile TensorRT plans (on the target host, needs TensorRT)",
    )
    args = ap.parse_args(argv)

    from medcode.export import encoder_export, parity, repository

    enc_root = paths.build_dir() / "encoder"
    fp32, int8 = enc_root / "fp32", enc_root / "int8"
    out = args.out or paths.model_repository(args.profile)
    gpu = args.profile != "cpu"
    if args.force:
        shutil.rmtree(enc_root, ignore_errors=True)
    st = Stages(7 if gpu and args.build_engines else 6)
    st.run(
        f"ONNX export (Optimum, opset {encoder_export.OPSET})",
        (fp32 / "model.onnx").exists(),
        lambda: encoder_export.export_fp32(fp32),
    )
    st.run(
        "int8 dynamic per-channel quantization",
        (int8 / "model.onnx").exists() or gpu,
        lambda: encoder_export.quantize_int8(fp32 / "model.onnx", int8),
    )
    report_path = enc_root / "parity.json"

    def do_parity():
        dirs = [paths.EXAMPLES, args.data / "dev" / "text_files_en"]
        sents = parity.sample_sentences([d for d in dirs if d.exists()])
        encs = {"fp32": fp32} if gpu else {"fp32": fp32, "int8": int8}
        rep = parity.check_parity(encoder_export.packaged_model_dir(), encs, sents)
        parity.write_report(rep, report_path)
        for name in encs:
            r = rep[name]
            print(
                f"    {name}: mean cosine {r['mean_cosine']:.4f} (min {r['min_cosine']:.4f}), "
                f"max |diff| {r['max_abs_diff']:.2e}, threshold {r['threshold_mean_cosine']}"
            )
        failed = [n for n in encs if not rep[n]["passed"]]
        if failed:
            raise SystemExit(f"medcode export: parity check failed for {', '.join(failed)}; see {report_path}")

    st.run("parity against PyTorch on real notes", report_path.exists(), do_parity)

    def do_coder():
        from medcode.commands.train import main as train_main

        # Fit on train; calibrate the confidences on dev (the reported dev figures use this model).
        train_args = ["--data", str(args.data), "--splits", "train", "--out", str(args.coder), "--encoder", str(int8)]
        if (args.data / "dev").is_dir():
            train_args += ["--tune-split", "dev"]
        code = train_main(train_args)
        if code:
            raise SystemExit(f"medcode export: training the coder failed (exit {code})")

    st.run(f"coder artefacts ({args.coder})", (args.coder / "meta.json").exists(), do_coder)
    from medcode.coding.forest_onnx import add_onnx_rankers

    st.run(
        "ranker trees as ONNX (ONNX Runtime runs them when serving)",
        all(p.with_suffix(".onnx").exists() for p in args.coder.glob("ranker_*.npz")),
        lambda: add_onnx_rankers(args.coder),
    )
    st.run(
        f"model repository ({out})",
        False,
        lambda: repository.assemble(args.profile, out, int8 if not gpu else fp32, args.coder, fp32),
    )
    if gpu and args.build_engines:
        from medcode.export.tensorrt_build import build_engines

        st.run("TensorRT engines (FP16)", False, lambda: build_engines(out, args.profile))
    print(f"model repository ready: {out}")
    return 0
