"""Stage 6 (GPU profile, on the target host only): compile the encoder to TensorRT FP16 plans.

Runs inside the pinned Triton release's container on the L40S host (TensorRT is tied to the
GPU architecture and TensorRT version, so plans are never shipped prebuilt). Optimisation
profiles' min/opt/max shapes follow the Triton config's max_batch_size, and a timing cache is
kept beside the engines so rebuilds after an upgrade are fast. Not runnable on machines
without TensorRT: it says so and exits.
"""

from __future__ import annotations

from pathlib import Path

from medcode.export.configs import PROFILES
from medcode.manifest import ENGINES_NOT_BUILT, read_manifest, write_manifest


class TensorRTUnavailable(RuntimeError):
    pass


def optimisation_profile(profile: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """min/opt/max (batch, sequence) shapes per input; max batch = the config's max_batch_size."""
    return PROFILES[profile].tensorrt_shapes()


def build_engines(repo: Path, profile: str) -> Path:
    try:
        import tensorrt as trt
    except ImportError as exc:
        raise TensorRTUnavailable(
            "TensorRT is not installed here: build engines on the GPU host inside the "
            "Triton container (see docs/export.md)"
        ) from exc
    onnx_path = repo / "encoder" / "onnx" / "model.onnx"
    logger = trt.Logger(trt.Logger.WARNING)
    builder = trt.Builder(logger)
    network = builder.create_network(0)
    parser = trt.OnnxParser(network, logger)
    if not parser.parse_from_file(str(onnx_path)):
        errors = "; ".join(str(parser.get_error(i)) for i in range(parser.num_errors))
        raise RuntimeError(f"TensorRT could not parse {onnx_path}: {errors}")
    config = builder.create_builder_config()
    config.set_flag(trt.BuilderFlag.FP16)
    cache_path = repo / "encoder" / "timing.cache"
    cache = config.create_timing_cache(cache_path.read_bytes() if cache_path.exists() else b"")
    config.set_timing_cache(cache, ignore_mismatch=False)
    prof = builder.create_optimization_profile()
    for name, (mn, opt, mx) in optimisation_profile(profile).items():
        prof.set_shape(name, mn, opt, mx)
    config.add_optimization_profile(prof)
    plan = builder.build_serialized_network(network, config)
    if plan is None:
        raise RuntimeError("TensorRT engine build failed")
    (repo / "encoder" / "1" / "model.plan").write_bytes(bytes(plan))
    cache_path.write_bytes(bytes(config.get_timing_cache().serialize()))
    (repo / ENGINES_NOT_BUILT).unlink(missing_ok=True)
    info = read_manifest(repo)
    info.pop("files", None)
    info[ENGINES_NOT_BUILT] = False
    info["tensorrt_version"] = trt.__version__
    write_manifest(repo, info)
    return repo / "encoder" / "1" / "model.plan"
