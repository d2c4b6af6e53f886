"""Triton model configs for every profile, generated from one place with Triton's own schema
(`model_config_pb2`), so the CPU and GPU repositories can never drift apart by hand-copying."""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2 as mc

from medcode.coding.encoder import EMBEDDING_DIM


@dataclass(frozen=True)
class Profile:
    """Sizing of one deployment. `gpus` empty means CPU."""

    name: str
    gpus: tuple[int, ...] = ()
    medcode_instances: int = 2
    deid_instances: int = 1
    encoder_instances_per_gpu: int = 1
    encoder_max_batch: int = 64
    encoder_preferred: tuple[int, ...] = (16, 32, 64)
    encoder_queue_delay_us: int = 2000
    max_seq_len: int = 128
    # Requests of different widths batch together only with ragged batching (the Python
    # adapter pads across requests). A TensorRT plan cannot take ragged input, so on GPU the
    # `medcode` model pads every chunk to a multiple of `encoder_pad_multiple` instead and the
    # batcher merges requests of the same width (measured: docs/performance.md, GPU).
    encoder_pad_multiple: int = 0
    # CPU only: encoder instances (x 1 ONNX Runtime thread each) and the length-sorted
    # sub-batch size of its adapter; both measured in docs/performance.md.
    encoder_cpu_instances: int = 2
    encoder_sub_batch: int = 4


PROFILES = {
    # The embedded default: this 2-core CPU machine (queue delay measured in docs/performance.md).
    # 4 `medcode` instances: while two wait on the encoder, two others de-identify and rank, so
    # the encoder always has a note queued (measured +30% at 4 callers, docs/performance.md).
    "cpu": Profile("cpu", medcode_instances=4),
    # Reference box: 4x L40S. Python models on the CPUs, the encoder as TensorRT on every GPU.
    "gpu": Profile(
        "gpu",
        gpus=(0, 1, 2, 3),
        medcode_instances=8,
        deid_instances=4,
        encoder_instances_per_gpu=2,
        encoder_max_batch=256,
        encoder_preferred=(64, 128, 256),
        encoder_queue_delay_us=1000,
        encoder_pad_multiple=32,
    ),
    # Clinic box: 2x RTX 6000 Ada, 500 records/day.
    "gpu-clinic": Profile(
        "gpu-clinic",
        gpus=(0, 1),
        medcode_instances=4,
        deid_instances=2,
        encoder_instances_per_gpu=2,
        encoder_max_batch=256,
        encoder_preferred=(64, 128, 256),
        encoder_queue_delay_us=1000,
        encoder_pad_multiple=32,
    ),
}


def _string_io(cls, name: str, optional: bool = False):
    io = cls(name=name, data_type=mc.TYPE_STRING, dims=[1])
    if optional:
        io.optional = True
    return io


def _cpu_group(count: int) -> mc.ModelInstanceGroup:
    return mc.ModelInstanceGroup(kind=mc.ModelInstanceGroup.KIND_CPU, count=count)


def medcode_config(p: Profile) -> mc.ModelConfig:
    cfg = mc.ModelConfig(name="medcode", backend="python", max_batch_size=8)
    cfg.input.extend([_string_io(mc.ModelInput, "NOTE"), _string_io(mc.ModelInput, "OPTIONS", optional=True)])
    cfg.output.append(_string_io(mc.ModelOutput, "RESULT"))
    cfg.dynamic_batching.max_queue_delay_microseconds = 1000
    cfg.instance_group.append(_cpu_group(p.medcode_instances))
    cfg.parameters["profile"].string_value = p.name
    cfg.parameters["encoder_chunk"].string_value = str(p.encoder_max_batch)
    cfg.parameters["encoder_pad_multiple"].string_value = str(p.encoder_pad_multiple)
    return cfg


def deid_config(p: Profile) -> mc.ModelConfig:
    cfg = mc.ModelConfig(name="deid", backend="python", max_batch_size=16)
    cfg.input.append(_string_io(mc.ModelInput, "NOTE"))
    cfg.output.extend([_string_io(mc.ModelOutput, "DEID_TEXT"), _string_io(mc.ModelOutput, "PHI")])
    cfg.dynamic_batching.max_queue_delay_microseconds = 500
    cfg.instance_group.append(_cpu_group(p.deid_instances))
    return cfg


def encoder_config(p: Profile) -> mc.ModelConfig:
    cfg = mc.ModelConfig(name="encoder", max_batch_size=p.encoder_max_batch)
    for name in ("input_ids", "attention_mask"):
        cfg.input.append(mc.ModelInput(name=name, data_type=mc.TYPE_INT32, dims=[-1], allow_ragged_batch=not p.gpus))
    cfg.output.append(mc.ModelOutput(name="sentence_embedding", data_type=mc.TYPE_FP32, dims=[EMBEDDING_DIM]))
    cfg.dynamic_batching.preferred_batch_size.extend(p.encoder_preferred)
    cfg.dynamic_batching.max_queue_delay_microseconds = p.encoder_queue_delay_us
    if p.gpus:
        cfg.platform = "tensorrt_plan"
        for gpu in p.gpus:
            cfg.instance_group.append(
                mc.ModelInstanceGroup(
                    kind=mc.ModelInstanceGroup.KIND_GPU, count=p.encoder_instances_per_gpu, gpus=[gpu]
                )
            )
    else:
        cfg.backend = "python"
        cfg.instance_group.append(_cpu_group(p.encoder_cpu_instances))
        cfg.parameters["sub_batch"].string_value = str(p.encoder_sub_batch)
    return cfg


def all_configs(profile: str) -> dict[str, mc.ModelConfig]:
    p = PROFILES[profile]
    return {"medcode": medcode_config(p), "deid": deid_config(p), "encoder": encoder_config(p)}


def to_pbtxt(cfg: mc.ModelConfig) -> str:
    return text_format.MessageToString(cfg)


def parse_pbtxt(text: str) -> mc.ModelConfig:
    """Parse with Triton's schema: a misspelt field fails here, not at server start."""
    return text_format.Parse(text, mc.ModelConfig())
