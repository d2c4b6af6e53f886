"""Write the GPU stand-in's Triton model repository: the model `encoder` as a Python-backend
model running `bert.py` on CUDA in fp16.

Why generated: the config derives from `medcode.export.configs.encoder_config` (the one place
that defines the encoder's inputs, outputs and batching for every profile); only the platform
(TensorRT -> Python backend) and the instance group differ.

    medcode bench gpu_standin.repo --out DIR --weights W.npz [--kind gpu|cpu]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from tritonclient.grpc import model_config_pb2 as mc

from medcode.export.configs import PROFILES, encoder_config, parse_pbtxt, to_pbtxt

HERE = Path(__file__).resolve().parent
MODEL_PARAMS = ("torch_threads", "row_bucket", "width_bucket", "warm", "sdpa", "pin")


def standin_config(
    weights: Path,
    kind: str = "gpu",
    instances: int = 2,
    gpus: tuple[int, ...] = (0,),
    dtype: str = "float16",
    queue_delay_us: int | None = None,
    model_params: dict[str, str] | None = None,
    ragged: bool = True,
) -> mc.ModelConfig:
    """The GPU profile's encoder config with the Python backend instead of a TensorRT plan;
    `model_params` become string parameters read by triton_model.py (threads, buckets, ...).
    `ragged`: allow_ragged_batch on the inputs. Without it the dynamic batcher only joins
    requests of identical shape, and records differ in width, so every execution held ONE
    record (measured: requests/exec 1.0) and the per-execution cost capped throughput; the
    model pads each batch itself, which is all ragged batching needs from a Python backend."""
    cfg = encoder_config(PROFILES["gpu"])
    cfg.platform = ""
    cfg.backend = "python"
    del cfg.instance_group[:]
    if kind == "gpu":
        cfg.instance_group.append(
            mc.ModelInstanceGroup(kind=mc.ModelInstanceGroup.KIND_GPU, count=instances, gpus=list(gpus))
        )
    elif kind == "cpu":  # only for a dry run of the same repository on a machine without a GPU
        cfg.instance_group.append(mc.ModelInstanceGroup(kind=mc.ModelInstanceGroup.KIND_CPU, count=instances))
    else:
        raise ValueError(f"kind must be gpu or cpu, not {kind!r}")
    for inp in cfg.input:
        inp.allow_ragged_batch = ragged
    if queue_delay_us is not None:
        cfg.dynamic_batching.max_queue_delay_microseconds = queue_delay_us
    cfg.parameters["weights"].string_value = str(Path(weights).resolve())
    cfg.parameters["dtype"].string_value = dtype
    cfg.parameters["standin"].string_value = "pytorch-fp16 stand-in for tensorrt_plan"
    for k, v in (model_params or {}).items():
        if k not in MODEL_PARAMS:
            raise ValueError(f"unknown model parameter {k!r} (known: {', '.join(MODEL_PARAMS)})")
        cfg.parameters[k].string_value = str(v)
    return cfg


def write_repository(out: Path, weights: Path, **kw) -> Path:
    """Write `out/encoder/{config.pbtxt, 1/model.py, 1/bert.py}`; returns the config path."""
    if not Path(weights).is_file():
        raise FileNotFoundError(f"weights {weights} not found (make them with gpu_standin.weights)")
    model = out / "encoder"
    (model / "1").mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "triton_model.py", model / "1" / "model.py")
    shutil.copy(HERE / "bert.py", model / "1" / "bert.py")
    text = to_pbtxt(standin_config(weights, **kw))
    parse_pbtxt(text)  # Triton's schema: a misspelt field fails here
    (model / "config.pbtxt").write_text(text)
    return model / "config.pbtxt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--weights", type=Path, required=True)
    ap.add_argument("--kind", choices=("gpu", "cpu"), default="gpu")
    ap.add_argument("--instances", type=int, default=2)
    ap.add_argument("--queue-delay-us", type=int, default=None)
    ap.add_argument("--no-ragged", action="store_true", help="no allow_ragged_batch (the old config)")
    ap.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=f"model parameter ({', '.join(MODEL_PARAMS)}); empty VALUE is skipped",
    )
    a = ap.parse_args(argv)
    params = dict(kv.split("=", 1) for kv in a.param)
    params = {k: v for k, v in params.items() if v != ""}
    p = write_repository(
        a.out,
        a.weights,
        kind=a.kind,
        instances=a.instances,
        queue_delay_us=a.queue_delay_us,
        model_params=params,
        ragged=not a.no_ragged,
    )
    print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
