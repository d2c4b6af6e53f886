"""Extract the encoder's weights from the exported fp32 ONNX into a named fp16 `.npz`.

Why: the GPU stand-in must run the very weights that were exported (not a fresh download).
The Optimum exporter keeps names for biases/LayerNorms/embeddings but calls the transposed
Linear weights `onnx::MatMul_NNN`; they are identified by graph structure (the MatMul whose
output is added to a named `<module>.bias`), never by their numbers.

    medcode bench gpu_standin.weights build/encoder/fp32/model.onnx OUT.npz
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

BIAS_SUFFIX = ".bias"


def _config_from_weights(w: dict[str, np.ndarray]) -> dict:
    layers = sorted({int(k.split(".")[2]) for k in w if k.startswith("encoder.layer.")})
    vocab, hidden = w["embeddings.word_embeddings.weight"].shape
    return {
        "vocab_size": int(vocab),
        "hidden_size": int(hidden),
        "num_hidden_layers": len(layers),
        "num_attention_heads": 12 if hidden == 384 else hidden // 64,
        "intermediate_size": int(w["encoder.layer.0.intermediate.dense.weight"].shape[0]),
        "max_position_embeddings": int(w["embeddings.position_embeddings.weight"].shape[0]),
        "layer_norm_eps": 1e-12,
    }


def extract(onnx_path: Path) -> dict[str, np.ndarray]:
    """Return fp32 weights named like the PyTorch module (Linear weights as [out, in])."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(onnx_path))
    g = model.graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    producer = {out: node for node in g.node for out in node.output}
    out: dict[str, np.ndarray] = {}
    for name, arr in inits.items():
        if name.startswith(("embeddings.", "encoder.")):
            out[name] = arr.astype(np.float32)
    for node in g.node:
        if node.op_type != "Add":
            continue
        bias = [x for x in node.input if x.endswith(BIAS_SUFFIX) and x in inits]
        if len(bias) != 1 or "LayerNorm" in bias[0]:
            continue
        other = [x for x in node.input if x != bias[0]][0]
        mm = producer.get(other)
        if mm is None or mm.op_type != "MatMul":
            raise ValueError(f"bias {bias[0]} is not added to a MatMul output (got {mm and mm.op_type})")
        w = [x for x in mm.input if x in inits]
        if len(w) != 1:
            raise ValueError(f"MatMul before {bias[0]} has {len(w)} constant inputs")
        key = bias[0][: -len(BIAS_SUFFIX)] + ".weight"
        if key in out:
            raise ValueError(f"two MatMuls map to {key}")
        out[key] = np.ascontiguousarray(inits[w[0]].T.astype(np.float32))  # ONNX [in,out] -> [out,in]
    cfg = _config_from_weights(out)
    per_layer = (
        "attention.self.query",
        "attention.self.key",
        "attention.self.value",
        "attention.output.dense",
        "intermediate.dense",
        "output.dense",
    )
    missing = [
        f"encoder.layer.{i}.{m}.weight"
        for i in range(cfg["num_hidden_layers"])
        for m in per_layer
        if f"encoder.layer.{i}.{m}.weight" not in out
    ]
    if missing:
        raise ValueError(f"weights not found in {onnx_path}: {missing[:4]}...")
    return out


def save_npz(weights: dict[str, np.ndarray], path: Path, dtype=np.float16) -> dict:
    """Write `weights` (cast to `dtype`) plus a `__config__` JSON entry; returns the config."""
    cfg = _config_from_weights(weights)
    arrays = {k: v.astype(dtype) for k, v in weights.items()}
    arrays["__config__"] = np.frombuffer(json.dumps(cfg).encode(), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **arrays)
    return cfg


def load_npz(path: Path | str) -> tuple[dict, dict[str, np.ndarray]]:
    """Read a file written by `save_npz`: (config, weights)."""
    with np.load(path) as z:
        cfg = json.loads(z["__config__"].tobytes().decode())
        return cfg, {k: z[k] for k in z.files if k != "__config__"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("onnx", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--dtype", choices=("float16", "float32"), default="float16")
    a = ap.parse_args(argv)
    w = extract(a.onnx)
    cfg = save_npz(w, a.out, np.dtype(a.dtype))
    print(f"wrote {a.out} ({a.out.stat().st_size / 2**20:.1f} MiB, {len(w)} tensors, {cfg})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
