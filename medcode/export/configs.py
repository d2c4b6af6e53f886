"""Triton model configs for every profile, generated from one place with Triton's own schema
(`model_config_pb2`), so the CPU and GPU repositories can never drift apart by hand-copying."""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2 as mc

from medcode.coding.encoder import EMBEDDING_DIM, NOTE_CHUNK, SUB_BATCH


@dataclass(frozen=True)
class Profile:
    """Sizing of one deployment. `gpus` empty means CPU."""

    name: str
    gpus: tuple[int, ...] = ()
    medcode_instances: int = 2
    deid_instances: int = 1
    encoder_instances_per_gpu: int = 1
    encoder_max_batch: int = NOTE_CHUNK
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
    encoder_sub_batch: int = SUB_BATCH
    # How the encoder runs: "onnxruntime" (the Python backend; CPU provider without `gpus`,
    # CUDA provider with them) or "tensorrt" (a plan, built on the target in the Triton container).
    encoder_runtime: str = "onnxruntime"

    @property
    def tensorrt(self) -> bool:
        return self.encoder_runtime == "tensorrt"

    @property
    def encoder_variant(self) -> str:
        """The ONNX file the repository carries: int8 for ORT on CPU, fp16 for ORT's CUDA
        provider, fp32 for TensorRT (which builds its FP16 engine from the fp32 graph)."""
        if not self.gpus:
            return "int8"
        return "fp32" if self.tensorrt else "fp16"

    @property
    def coder_embeddings(self) -> str:
        """The encoder whose embeddings the coder is trained and calibrated on: what this
        profile serves (GPU: fp16; fp16 ONNX under ORT is the stand-in for the TensorRT FP16
        engine, which cannot be built off the target; docs/export.md, "Numerics")."""
        return "int8" if not self.gpus else "fp16"

    def tensorrt_shapes(self) -> dict[str, tuple[tuple[int, int], ...]]:
        """min/opt/max (batch, sequence) per encoder input: the one place the TensorRT
        optimisation profile comes from (`medcode export --build-engines`, the Ansible role's
        trtexec arguments, tests). Max batch = max_batch_size, max sequence = max_seq_len; opt =
        the middle preferred batch at half the sequence (notes' sentences are short)."""
        opt_batch = self.encoder_preferred[len(self.encoder_preferred) // 2]
        shape = ((1, 1), (opt_batch, self.max_seq_len // 2), (self.encoder_max_batch, self.max_seq_len))
        return {"input_ids": shape, "attention_mask": shape}

    def trtexec_shapes(self) -> str:
        """The same shapes as trtexec arguments (--minShapes/--optShapes/--maxShapes)."""
        shapes = self.tensorrt_shapes()
        return " ".join(
            f"--{kind}Shapes=" + ",".join(f"{name}:{s[i][0]}x{s[i][1]}" for name, s in shapes.items())
            for i, kind in enumerate(("min", "opt", "max"))
        )


PROFILES = {
    # The embedded default: this 2-core CPU machine (queue delay measured in docs/performance.md).
    # 4 `medcode` instances: while two wait on the encoder, two others de-identify and rank, so
    # the encoder always has a note queued (measured +30% at 4 callers, docs/performance.md).
    # 2 `deid` instances: a 256 KiB note holds one for up to ~2 s (its first 32 KiB read in full,
    # the rest masked word by word), and a normal note can then take the other (bench/deid_alongside.py; docs/deidentification.md).
    "cpu": Profile("cpu", medcode_instances=4, deid_instances=2),
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
        encoder_runtime="tensorrt",
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
        encoder_runtime="tensorrt",
    ),
    # Pip-only GPU host (no container image): the encoder under ONNX Runtime's CUDA provider,
    # fp16, in the bundled tritonserver's Python backend; ragged batching as on the CPU (the
    # adapter pads), sorted sub-batches of 64 rows. One GPU; list more in `gpus` to replicate.
    "gpu-ort": Profile(
        "gpu-ort",
        gpus=(0,),
        medcode_instances=8,
        deid_instances=4,
        encoder_instances_per_gpu=2,
        encoder_max_batch=256,
        encoder_preferred=(64, 128, 256),
        encoder_queue_delay_us=1000,
        encoder_sub_batch=64,
    ),
}


def _string_io(cls, name: str, optional: bool = False):
    io = cls(name=name, data_type=mc.TYPE_STRING, dims=[1])
    if optional:
        io.optional = True
    return io


def _cpu_group(count: int) -> mc.ModelInstanceGroup:
    return mc.ModelInstanceGroup(kind=mc.ModelInstanceGroup.KIND_CPU, count=count)


# Bounded queues (issue 13): under overload a request waits at most this long in a model's
# queue, and the queue holds at most this many requests per `medcode` instance; past either
# Triton answers at once (UNAVAILABLE) instead of letting latency grow without end. The
# caller-facing `medcode` queue is short; `deid` and `encoder` serve `medcode`'s calls.
QUEUE_TIMEOUT_S = {"medcode": 10, "deid": 30, "encoder": 30}
QUEUE_PER_MEDCODE_INSTANCE = {"medcode": 16, "deid": 32, "encoder": 32}


def _bounded_queue(cfg: mc.ModelConfig, p: Profile) -> None:
    q = cfg.dynamic_batching.default_queue_policy
    q.timeout_action = mc.ModelQueuePolicy.REJECT
    q.default_timeout_microseconds = QUEUE_TIMEOUT_S[cfg.name] * 1_000_000
    q.allow_timeout_override = False
    q.max_queue_size = QUEUE_PER_MEDCODE_INSTANCE[cfg.name] * p.medcode_instances


def medcode_config(p: Profile) -> mc.ModelConfig:
    cfg = mc.ModelConfig(name="medcode", backend="python", max_batch_size=8)
    cfg.input.extend([_string_io(mc.ModelInput, "NOTE"), _string_io(mc.ModelInput, "OPTIONS", optional=True)])
    cfg.output.append(_string_io(mc.ModelOutput, "RESULT"))
    cfg.dynamic_batching.max_queue_delay_microseconds = 1000
    _bounded_queue(cfg, p)
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
    _bounded_queue(cfg, p)
    cfg.instance_group.append(_cpu_group(p.deid_instances))
    return cfg


def encoder_config(p: Profile) -> mc.ModelConfig:
    cfg = mc.ModelConfig(name="encoder", max_batch_size=p.encoder_max_batch)
    for name in ("input_ids", "attention_mask"):
        cfg.input.append(
            mc.ModelInput(name=name, data_type=mc.TYPE_INT32, dims=[-1], allow_ragged_batch=not p.tensorrt)
        )
    cfg.output.append(mc.ModelOutput(name="sentence_embedding", data_type=mc.TYPE_FP32, dims=[EMBEDDING_DIM]))
    cfg.dynamic_batching.preferred_batch_size.extend(p.encoder_preferred)
    cfg.dynamic_batching.max_queue_delay_microseconds = p.encoder_queue_delay_us
    _bounded_queue(cfg, p)
    if p.tensorrt:
        # Placement: `encoder_instances_per_gpu` replicas of the whole encoder on every GPU
        # (data parallel; a 22M-parameter model needs no sharding).
        cfg.platform = "tensorrt_plan"
        for gpu in p.gpus:
            cfg.instance_group.append(
                mc.ModelInstanceGroup(
                    kind=mc.ModelInstanceGroup.KIND_GPU, count=p.encoder_instances_per_gpu, gpus=[gpu]
                )
            )
    elif p.gpus:
        # ONNX Runtime's CUDA provider in the Python backend. KIND_MODEL: the adapter places
        # instance i on gpus[i % len(gpus)] itself, so the same repository also loads (CPU
        # provider, when allowed) on a machine without a GPU: the tests serve it here.
        cfg.backend = "python"
        cfg.instance_group.append(
            mc.ModelInstanceGroup(
                kind=mc.ModelInstanceGroup.KIND_MODEL, count=len(p.gpus) * p.encoder_instances_per_gpu
            )
        )
        cfg.parameters["sub_batch"].string_value = str(p.encoder_sub_batch)
        cfg.parameters["execution_provider"].string_value = "cuda"
        cfg.parameters["gpus"].string_value = ",".join(map(str, p.gpus))
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
