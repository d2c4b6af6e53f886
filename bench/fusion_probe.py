"""Would ONNX Runtime's transformer fusion make the int8 encoder cheaper on the CPU? `medcode bench fusion_probe`.

    medcode bench fusion_probe [--fp32 build/encoder/fp32/model.onnx] [--rounds 5]

The served encoder and PHI recognizer are quantized straight from Optimum's fp32 export
(`medcode.export.encoder_export.quantize_int8`): ONNX Runtime fuses what its session optimizer
knows at load time, but not attention, which only its offline transformer optimizer
(`onnxruntime.transformers.optimizer`, what Optimum's ORTOptimizer calls) fuses. The probe builds,
from the same fp32 export, the graph as shipped and fused variants (Attention, SkipLayerNorm,
BiasGelu, EmbedLayerNorm; quantized whole, MatMul only, or MatMul and Attention), times each on
padded batches of sentence-sized inputs with one ONNX Runtime thread (as served), medians of
`--rounds`, side by side in one process, and reports each one's cosine to the fp32 output.
Writes nothing shipped.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from medcode import paths


def variants(fp32: Path, work: Path, heads: int, hidden: int) -> dict[str, Path]:
    """name -> ONNX file: fp32 and int8, as shipped and fused."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model

    fused32 = work / "fused-fp32.onnx"
    optimize_model(str(fp32), model_type="bert", num_heads=heads, hidden_size=hidden, opt_level=1).save_model_to_file(
        str(fused32)
    )
    # after fusion the quantizer cannot infer every tensor's type: they are all float
    extra = {"DefaultTensorType": onnx.TensorProto.FLOAT}
    out = {"fp32 as exported": fp32, "fp32 fused": fused32}
    plans = {
        "int8 as shipped": (fp32, None),
        "int8 fused, all ops": (fused32, None),
        "int8 fused, MatMul only": (fused32, ["MatMul"]),
        "int8 fused, MatMul and Attention": (fused32, ["MatMul", "Attention"]),
    }
    for i, (name, (src, ops)) in enumerate(plans.items()):
        dst = work / f"v{i}.onnx"
        kwargs = {"op_types_to_quantize": ops} if ops else {}
        quantize_dynamic(
            str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True, extra_options=extra, **kwargs
        )
        out[name] = dst
    return out


def main(argv: list[str] | None = None) -> int:
    import onnxruntime as ort

    ap = argparse.ArgumentParser(prog="medcode bench fusion_probe", description=__doc__.splitlines()[0])
    ap.add_argument("--fp32", type=Path, default=paths.encoder_dir("fp32") / "model.onnx")
    ap.add_argument("--heads", type=int, default=12)
    ap.add_argument("--hidden", type=int, default=384)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args(argv)
    if not a.fp32.is_file():
        raise SystemExit(f"{a.fp32} not found: `make demo` (or `medcode export`) writes the fp32 export")
    rng = np.random.default_rng(0)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        files = variants(a.fp32, Path(tmp), a.heads, a.hidden)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        sessions = {k: ort.InferenceSession(str(p), opts, providers=["CPUExecutionProvider"]) for k, p in files.items()}
        for batch, width in ((16, 48), (32, 64)):
            ids = rng.integers(1000, 20000, (batch, width)).astype(np.int32)
            mask = np.ones((batch, width), np.int32)
            mask[batch // 2 :, width // 2 :] = 0  # half the rows padded, as sorted sub-batches leave them
            feed = {"input_ids": ids, "attention_mask": mask}
            ref = sessions["fp32 as exported"].run(None, feed)[0]
            times: dict[str, list[float]] = {k: [] for k in sessions}
            for _ in range(a.rounds):
                for k, s in sessions.items():  # interleaved, so every variant sees the same load
                    t0 = time.perf_counter()
                    for _ in range(5):
                        s.run(None, feed)
                    times[k].append((time.perf_counter() - t0) / 5 * 1000)
            base = float(np.median(times["int8 as shipped"]))
            for k, s in sessions.items():
                o = s.run(None, feed)[0]
                cos = (o * ref).sum(1) / (np.linalg.norm(o, axis=1) * np.linalg.norm(ref, axis=1))
                ms = float(np.median(times[k]))
                rows.append(
                    {
                        "batch": f"{batch}x{width}",
                        "variant": k,
                        "ms": round(ms, 1),
                        "speed_vs_shipped": round(base / ms, 2),
                        "min_cosine_to_fp32": round(float(cos.min()), 4),
                    }
                )
                print(json.dumps(rows[-1]), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
