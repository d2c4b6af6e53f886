"""Static checks of an exported repository, for every profile, with no server, GPU or TensorRT:

- each `config.pbtxt` parses with Triton's `model_config_pb2` and equals what the profile
  object generates (so nobody edited it by hand);
- the encoder ONNX file's inputs/outputs match the encoder config (INT32, dynamic batch and
  sequence, 384-d fp32 output); for TensorRT profiles only operators TensorRT's parser knows;
- TensorRT profiles: `encoder/tensorrt_profile.json` (what the target's engine build reads)
  equals the profile object's shapes, and its max batch equals the config's max_batch_size;
- the manifest lists every file with its sha256, and nothing else.

`medcode export` runs them last; the tests run them on a fresh export.
"""

from __future__ import annotations

import json
from pathlib import Path

from medcode.export.configs import PROFILES, all_configs, parse_pbtxt
from medcode.manifest import manifest_problems, read_manifest


def _onnx_problems(path: Path, cfg, tensorrt: bool) -> list[str]:
    import onnx

    from medcode.export.tensorrt_ops import unsupported_ops

    model = onnx.load(str(path), load_external_data=False)
    problems = []
    ins = {i.name: i for i in model.graph.input}
    if set(ins) != {i.name for i in cfg.input}:
        problems.append(f"{path.name}: inputs {sorted(ins)} != config {[i.name for i in cfg.input]}")
    for i in ins.values():
        t = i.type.tensor_type
        if t.elem_type != onnx.TensorProto.INT32:
            problems.append(f"{path.name}: input {i.name} is not INT32")
        if len(t.shape.dim) != 2 or not all(d.dim_param for d in t.shape.dim):
            problems.append(f"{path.name}: input {i.name} is not (dynamic batch, dynamic sequence)")
    outs = list(model.graph.output)
    if len(outs) != 1 or outs[0].name != cfg.output[0].name:
        problems.append(f"{path.name}: outputs {[o.name for o in outs]} != config {cfg.output[0].name}")
    else:
        t = outs[0].type.tensor_type
        if t.elem_type != onnx.TensorProto.FLOAT or t.shape.dim[1].dim_value != cfg.output[0].dims[0]:
            problems.append(f"{path.name}: output is not fp32 x {cfg.output[0].dims[0]}")
    if tensorrt:
        bad = unsupported_ops(model)
        if bad:
            problems.append(f"{path.name}: operators TensorRT's ONNX parser lacks: {bad}")
    return problems


def static_problems(repo: Path, profile: str | None = None) -> list[str]:
    """Every static problem of the repository at `repo` (empty: it passes)."""
    from medcode.export.repository import TENSORRT_ONNX, TENSORRT_PROFILE, tensorrt_profile_json

    repo = Path(repo)
    manifest = read_manifest(repo)
    profile = profile or manifest.get("profile")
    if profile not in PROFILES:
        return [f"unknown profile {profile!r} in the manifest"]
    p = PROFILES[profile]
    problems = []
    expected = all_configs(profile)
    for name, want in expected.items():
        path = repo / name / "config.pbtxt"
        if not path.is_file():
            problems.append(f"missing: {name}/config.pbtxt")
            continue
        try:
            got = parse_pbtxt(path.read_text())
        except Exception as exc:  # text_format.ParseError: a field Triton would reject
            problems.append(f"{name}/config.pbtxt does not parse with model_config_pb2: {exc}")
            continue
        if got != want:
            problems.append(f"{name}/config.pbtxt differs from the {profile} profile object")
    enc_cfg = expected["encoder"]
    onnx_path = repo / (TENSORRT_ONNX if p.tensorrt else "encoder/1/model.onnx")
    if onnx_path.is_file():
        problems += _onnx_problems(onnx_path, enc_cfg, p.tensorrt)
    else:
        problems.append(f"missing: {onnx_path.relative_to(repo)}")
    if p.tensorrt:
        path = repo / TENSORRT_PROFILE
        if not path.is_file():
            problems.append(f"missing: {TENSORRT_PROFILE}")
        else:
            got = json.loads(path.read_text())
            if got != json.loads(json.dumps(tensorrt_profile_json(profile))):
                problems.append(f"{TENSORRT_PROFILE} differs from the {profile} profile object")
            for name, s in got.get("shapes", {}).items():
                if s["max"][0] != enc_cfg.max_batch_size or s["min"][0] != 1:
                    problems.append(
                        f"{TENSORRT_PROFILE}: {name} batch range {s['min'][0]}..{s['max'][0]} != 1..{enc_cfg.max_batch_size}"
                    )
                if not s["min"][0] <= s["opt"][0] <= s["max"][0] or not s["min"][1] <= s["opt"][1] <= s["max"][1]:
                    problems.append(f"{TENSORRT_PROFILE}: {name} shapes are not min <= opt <= max")
    problems += manifest_problems(repo, manifest)
    return problems
