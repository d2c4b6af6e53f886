"""`medcode export --profile cpu|gpu [--out DIR]`: the export pipeline, stage by stage.

Stages are resumable: each skips when its output exists (use --force to redo). Stages:
1 ONNX export (Optimum, fp32) · 2 fp16 (GPU profiles) · 3 int8 (CPU: by default the committed
encoder trained for coding, `medcode train encoder`; `--encoder packaged` quantizes the packaged
one) · 4 parity vs PyTorch · 5 coder, trained on the embeddings the profile serves (int8 for
cpu, fp16 for the GPU profiles) if absent or fitted on another encoder file · 6 the coder's ranker trees as ONNX · 7 repository + manifest ·
(TensorRT profiles, on the target) 8 TensorRT engines.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

from medcode import paths
from medcode.export.configs import PROFILES


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


def default_coder_dir(profile: str) -> Path:
    """The coder a profile serves: trained and calibrated on that profile's embeddings (CPU:
    int8 ONNX; GPU profiles: fp16, see configs.Profile.coder_embeddings)."""
    variant = PROFILES[profile].coder_embeddings
    return paths.coder_dir() if variant == "int8" else paths.build_dir() / f"coder-{variant}"


CODER_EMBEDDINGS = "embeddings.json"  # in the coder folder: which encoder it was fitted on


def write_coder_embeddings(coder_dir: Path, variant: str, encoder_dir: Path) -> None:
    from medcode.manifest import sha256_file

    body = {"variant": variant, "encoder_sha256": sha256_file(encoder_dir / "model.onnx")}
    (coder_dir / CODER_EMBEDDINGS).write_text(json.dumps(body, indent=2) + "\n")


def read_coder_embeddings(coder_dir: Path) -> str:
    """The variant the coder was fitted on, as recorded by the export that trained it; a coder
    trained otherwise (`medcode train`, or before this record) is 'int8' when it is the CPU
    profile's default folder (`medcode train`'s default encoder), else 'unrecorded'."""
    path = coder_dir / CODER_EMBEDDINGS
    if path.is_file():
        return str(json.loads(path.read_text()).get("variant", "unrecorded"))
    return "int8" if coder_dir.resolve() == paths.coder_dir().resolve() else "unrecorded"


def coder_fitted_on_file(coder_dir: Path, encoder_dir: Path) -> bool:
    """Whether the coder was fitted on this very encoder file (False after the encoder changed,
    so the export retrains the coder instead of serving it embeddings it never saw). A coder
    without the record (trained by `medcode train` directly) is taken as it is."""
    from medcode.manifest import sha256_file

    path = coder_dir / CODER_EMBEDDINGS
    if not path.is_file():
        return True
    recorded = json.loads(path.read_text()).get("encoder_sha256")
    return recorded == sha256_file(encoder_dir / "model.onnx")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="medcode export", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--profile", choices=sorted(PROFILES), default="cpu")
    ap.add_argument("--out", type=Path, help="repository folder (default build/model_repository/PROFILE)")
    ap.add_argument(
        "--coder",
        type=Path,
        default=None,
        help="trained coder artefacts (default: build/coder for cpu, build/coder-fp16 for the GPU profiles)",
    )
    ap.add_argument(
        "--data", type=Path, default=paths.codiesp_dir(), help="CodiEsp-format data, to train a missing coder"
    )
    ap.add_argument(
        "--encoder",
        choices=["tuned", "packaged"],
        default="tuned",
        help="CPU profile: the coding encoder trained for this job (committed, see medcode/coding/encoder_model/encoder.json; default) or "
        "all-MiniLM-L6-v2 as packaged (6 layers, int8-quantized here)",
    )
    ap.add_argument("--force", action="store_true", help="redo every stage")
    ap.add_argument(
        "--build-engines",
        action="store_true",
        help="TensorRT profiles: compile the plan (on the target host, needs TensorRT)",
    )
    args = ap.parse_args(argv)

    from medcode.export import encoder_export, parity, repository

    prof = PROFILES[args.profile]
    enc_root = paths.build_dir() / "encoder"
    fp32, fp16, int8 = enc_root / "fp32", enc_root / "fp16", enc_root / "int8"
    served = enc_root / prof.encoder_variant  # the ONNX file the repository carries
    coder_enc = enc_root / prof.coder_embeddings  # the embeddings the coder is fitted on
    coder_dir = args.coder or default_coder_dir(args.profile)
    out = args.out or paths.model_repository(args.profile)
    gpu = bool(prof.gpus)
    if args.force:
        shutil.rmtree(enc_root, ignore_errors=True)
    st = Stages(9 if prof.tensorrt and args.build_engines else 8)
    st.run(
        f"ONNX export (Optimum, opset {encoder_export.OPSET})",
        (fp32 / "model.onnx").exists(),
        lambda: encoder_export.export_fp32(fp32),
    )
    st.run(
        "fp16 conversion (ONNX Runtime CUDA provider; the GPU profiles' coder embeddings)",
        (fp16 / "model.onnx").exists() or not gpu,
        lambda: encoder_export.convert_fp16(fp32 / "model.onnx", fp16),
    )
    tuned = args.encoder == "tuned" and not gpu
    if tuned:
        int8_current = encoder_export.holds_committed_tuned(int8)
    else:
        int8_current = (int8 / "model.onnx").exists() and not encoder_export.is_tuned(int8)

    def do_int8():
        shutil.rmtree(int8, ignore_errors=True)
        if tuned:
            meta = encoder_export.install_tuned(int8)
            print(f"    the tuned encoder ({meta['layers']} layers, {meta['command']}), checksum verified")
        else:
            encoder_export.quantize_int8(fp32 / "model.onnx", int8)
        (enc_root / "parity.json").unlink(missing_ok=True)

    st.run(
        f"int8 encoder ({'tuned, committed' if tuned else 'packaged, quantized per channel'})"
        if not gpu
        else "int8 encoder (CPU profile only)",
        int8_current or gpu,
        do_int8,
    )
    # The packaged encoder's exports are checked against it in PyTorch; the tuned encoder's
    # int8 file was checked against its own PyTorch weights when it was trained (encoder.json),
    # and the checksum above ties this file to that record.
    encs = {"fp32": fp32, "fp16": fp16} if gpu else {"fp32": fp32} if tuned else {"fp32": fp32, "int8": int8}
    report_path = enc_root / ("parity-gpu.json" if gpu else "parity.json")

    def do_parity():
        dirs = [paths.EXAMPLES, args.data / "dev" / "text_files_en"]
        sents = parity.sample_sentences([d for d in dirs if d.exists()])
        rep = parity.check_parity(encoder_export.packaged_model_dir(), encs, sents)
        if tuned:
            rep["int8 (tuned, at training)"] = json.loads((int8 / encoder_export.TUNED_META).read_text())["parity"]
        parity.write_report(rep, report_path)
        for name in encs:
            r = rep[name]
            print(
                f"    {name}: mean cosine {r['mean_cosine']:.4f} (min {r['min_cosine']:.4f}), "
                f"max |diff| {r['max_abs_diff']:.2e}, threshold {r['threshold_mean_cosine']}"
            )
        if tuned:
            r = rep["int8 (tuned, at training)"]["int8"]
            print(f"    int8 (tuned) vs its PyTorch weights, at training: mean cosine {r['mean_cosine']:.4f}")
        failed = [n for n in encs if not rep[n]["passed"]]
        if failed:
            raise SystemExit(f"medcode export: parity check failed for {', '.join(failed)}; see {report_path}")

    st.run("parity against PyTorch on real notes", report_path.exists(), do_parity)

    def do_coder():
        from medcode.commands.train import main as train_main

        # Fit on train; calibrate the confidences on dev (the reported dev figures use this model).
        train_args = [
            "--data",
            str(args.data),
            "--splits",
            "train",
            "--out",
            str(coder_dir),
            "--encoder",
            str(coder_enc),
        ]
        if (args.data / "dev").is_dir():
            train_args += ["--tune-split", "dev"]
        code = train_main(train_args)
        if code:
            raise SystemExit(f"medcode export: training the coder failed (exit {code})")
        write_coder_embeddings(coder_dir, prof.coder_embeddings, coder_enc)

    st.run(
        f"coder artefacts ({coder_dir}, fitted on {prof.coder_embeddings} embeddings)",
        (coder_dir / "meta.json").exists() and coder_fitted_on_file(coder_dir, coder_enc),
        do_coder,
    )
    fitted_on = read_coder_embeddings(coder_dir)
    if fitted_on != prof.coder_embeddings:
        print(
            f"    WARNING: the coder in {coder_dir} was fitted on {fitted_on} embeddings, but the {args.profile} "
            f"profile serves {prof.coder_embeddings}: its scores and acceptance are not calibrated for them "
            "(docs/export.md, Numerics)",
            flush=True,
        )
    from medcode.coding.forest_onnx import add_onnx_rankers

    st.run(
        "ranker trees as ONNX (ONNX Runtime runs them when serving)",
        all(p.with_suffix(".onnx").exists() for p in coder_dir.glob("ranker_*.npz")),
        lambda: add_onnx_rankers(coder_dir),
    )
    st.run(
        f"model repository ({out})",
        False,
        lambda: repository.assemble(
            args.profile,
            out,
            served,
            coder_dir,
            {"coder_embeddings": fitted_on, "served_embeddings": prof.encoder_variant},
        ),
    )
    if prof.tensorrt:
        from medcode.export import role_vars

        written = role_vars.write()
        if written:
            print(f"    engine shapes rendered into {written} ({prof.trtexec_shapes()})")
    if prof.tensorrt and args.build_engines:
        from medcode.export.tensorrt_build import build_engines

        st.run("TensorRT engines (FP16)", False, lambda: build_engines(out, args.profile))

    def do_checks():
        from medcode.export.check import static_problems

        problems = static_problems(out, args.profile)
        if problems:
            raise SystemExit("medcode export: static checks failed:\n  " + "\n  ".join(problems))
        print("    configs parse with model_config_pb2 and equal the profile's; ONNX I/O matches; manifest complete")

    st.run("static checks of the repository", False, do_checks)
    print(f"model repository ready: {out}")
    return 0
