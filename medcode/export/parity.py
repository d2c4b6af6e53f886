"""Stage 2 of the export: parity of the exported encoders against PyTorch on real notes.

Reference: the packaged model in PyTorch (transformers) with sentence-transformers' mean
pooling and L2 normalisation, i.e. what the ONNX graph computes.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from medcode.text.segment import split_sentences

# Thresholds asserted by the export and by tests (issue 5): cosine to PyTorch.
MIN_COSINE = {"fp32": 0.999, "fp16": 0.999, "int8": 0.99}


def sample_sentences(note_dirs: list[Path], limit: int = 200) -> list[str]:
    out: list[str] = []
    for d in note_dirs:
        for f in sorted(Path(d).glob("*.txt")):
            text = f.read_text(encoding="utf-8")
            out.extend(s.text(text) for s in split_sentences(text))
            if len(out) >= limit:
                return out[:limit]
    return out


def torch_reference(model_dir: Path, sentences: list[str], batch: int = 32) -> np.ndarray:
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModel.from_pretrained(str(model_dir)).eval()
    outs = []
    with torch.inference_mode():
        for i in range(0, len(sentences), batch):
            enc = tok(sentences[i : i + batch], padding=True, truncation=True, max_length=128, return_tensors="pt")
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            outs.append(torch.nn.functional.normalize(mean, dim=-1).numpy())
    return np.concatenate(outs)


def check_parity(model_dir: Path, encoder_dirs: dict[str, Path], sentences: list[str]) -> dict:
    """Return {precision: {min_cosine, mean_cosine, max_abs_diff, passed}} for each encoder."""
    from medcode.coding.encoder import OnnxEncoder

    ref = torch_reference(model_dir, sentences)
    report: dict = {"sentences": len(sentences)}
    for name, d in encoder_dirs.items():
        emb = OnnxEncoder(d).encode(sentences)
        cos = (emb * ref).sum(axis=1)
        report[name] = {
            "mean_cosine": float(cos.mean()),
            "min_cosine": float(cos.min()),
            "max_abs_diff": float(np.abs(emb - ref).max()),
            "threshold_mean_cosine": MIN_COSINE[name],
            "passed": bool(cos.mean() >= MIN_COSINE[name]),
        }
    return report


def write_report(report: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2))
