"""Triton model `encoder` (CPU and `gpu-ort` profiles): the exported sentence encoder under ONNX Runtime.

Dynamic batching hands this model several requests at once (each the segments of one note,
ragged widths). On a CPU, padding is paid in full, so each request's rows are sorted by length
and run in sub-batches of `sub_batch` rows, each padded only to its own longest row (measured:
half of the work was padding; docs/performance.md); rows of different requests are never run
together, so a note's embeddings do not depend on the notes coded beside it. On the `gpu`
profiles the ONNX file is compiled to a TensorRT plan and this adapter is not used; on `gpu-ort` it runs the fp16 file with ONNX
Runtime's CUDA provider (parameter `execution_provider: cuda`), instance i on GPU
gpus[i % len(gpus)]. Without CUDA it refuses to start unless MEDCODE_ORT_CPU_FALLBACK=1 (tests,
and a dry run of a GPU repository on a CPU machine), so a GPU host never serves on CPU unnoticed.
"""

import os
from pathlib import Path

import numpy as np
import triton_python_backend_utils as pb_utils

from medcode.coding.encoder import make_session, run_sorted
from medcode.server.pipeline_loader import model_parameters


def _failure(message: str, code):
    return pb_utils.InferenceResponse(error=pb_utils.TritonError(message, code))


def _embedding_sizes(model: Path) -> tuple[int | None, int]:
    """(vocabulary size, positions) from the ONNX file's embedding tables, so token ids are
    checked before they reach ONNX Runtime; (None, 512) when `onnx` cannot read them."""
    try:
        import onnx

        graph = onnx.load(str(model), load_external_data=False).graph
        dims = {
            i.name.split(".")[1]: int(i.dims[0])
            for i in graph.initializer
            if i.name.startswith("embeddings.") and len(i.dims) == 2
        }
        return dims.get("word_embeddings"), dims.get("position_embeddings", 512)
    except Exception:
        return None, 512


class TritonPythonModel:
    def initialize(self, args):
        here = Path(args["model_repository"]) / args["model_version"]
        params = model_parameters(args)
        self.sub_batch = int(params.get("sub_batch", "4"))
        self.vocab, self.max_positions = _embedding_sizes(here / "model.onnx")
        threads = int(os.environ.get("MEDCODE_ORT_THREADS", "0")) or None
        if params.get("execution_provider", "cpu") == "cuda":
            self.session = _cuda_session(here / "model.onnx", args, params, threads)
        else:
            self.session = make_session(here / "model.onnx", threads)

    def _check(self, ids, mask) -> str | None:
        """Why a request is malformed (None when it is fine). Messages state limits, never values."""
        if ids is None or mask is None:
            return "input_ids and attention_mask are both required"
        if ids.ndim != 2 or ids.shape != mask.shape:
            return "input_ids and attention_mask must be 2-D and of the same shape"
        if ids.shape[0] == 0 or ids.shape[1] == 0:
            return "empty input"
        if ids.shape[1] > self.max_positions:
            return f"rows longer than {self.max_positions} tokens"
        if ids.min() < 0 or (self.vocab and ids.max() >= self.vocab):
            return f"token ids must be in [0, {self.vocab or 'vocabulary size'})"
        if not np.isin(mask, (0, 1)).all():
            return "attention_mask must hold 0 and 1 only"
        return None

    def _run(self, items):
        """Each request's rows in their own length-sorted sub-batches, never mixed with another
        request's: the int8 graph quantizes activations with one scale per batch, so mixed rows
        would make a note's embeddings depend on whatever else is being coded
        (medcode.coding.encoder.OnnxEncoder.encode_note, which training runs the same way)."""
        return [
            np.ascontiguousarray(run_sorted(self.session, ids, mask, self.sub_batch), dtype=np.float32)
            for ids, mask in items
        ]

    def execute(self, requests):
        """Each request is checked on its own: a malformed one fails alone (INVALID_ARG), never
        the other callers' requests batched with it; if the batch still fails, every request is
        run alone so only the one that fails gets the error."""
        responses = [None] * len(requests)
        good = []
        for k, req in enumerate(requests):
            ids_t = pb_utils.get_input_tensor_by_name(req, "input_ids")
            mask_t = pb_utils.get_input_tensor_by_name(req, "attention_mask")
            ids = ids_t.as_numpy() if ids_t is not None else None
            mask = mask_t.as_numpy() if mask_t is not None else None
            reason = self._check(ids, mask)
            if reason:
                responses[k] = _failure(f"encoder: {reason}", pb_utils.TritonError.INVALID_ARG)
            else:
                good.append((k, (ids, mask)))
        if good:
            try:
                embs = self._run([item for _, item in good])
            except Exception:
                embs = []
                for _, item in good:
                    try:
                        embs.append(self._run([item])[0])
                    except Exception as exc:
                        embs.append(exc)
            for (k, _), emb in zip(good, embs):
                if isinstance(emb, Exception):
                    responses[k] = _failure(f"encoder failed ({type(emb).__name__})", pb_utils.TritonError.INTERNAL)
                else:
                    out = pb_utils.Tensor("sentence_embedding", emb)
                    responses[k] = pb_utils.InferenceResponse(output_tensors=[out])
        return responses


def _cuda_session(model: Path, args: dict, params: dict, threads: int | None):
    """An ORT session on this instance's GPU (CUDA provider, from the `onnxruntime-gpu` wheel)."""
    import onnxruntime as ort

    gpus = [int(g) for g in params.get("gpus", "0").split(",") if g.strip()]
    index = int(str(args.get("model_instance_name", "encoder_0_0")).rsplit("_", 1)[-1] or 0)
    device = gpus[index % len(gpus)]
    log = pb_utils.Logger
    if hasattr(ort, "preload_dlls"):  # onnxruntime-gpu: CUDA/cuDNN from the nvidia-* wheels ([cuda,cudnn])
        try:
            ort.preload_dlls()
        except Exception as exc:  # system CUDA libraries may still be found; the session says
            log.log_warn(f"encoder: onnxruntime.preload_dlls() failed: {exc}")
    if "CUDAExecutionProvider" in ort.get_available_providers():
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        session = ort.InferenceSession(
            str(model),
            sess_options=opts,
            providers=[("CUDAExecutionProvider", {"device_id": device}), "CPUExecutionProvider"],
        )
        if session.get_providers()[0] == "CUDAExecutionProvider":
            log.log_info(f"encoder {args.get('model_instance_name')}: ONNX Runtime CUDA provider on GPU {device}")
            return session
    if os.environ.get("MEDCODE_ORT_CPU_FALLBACK") != "1":
        raise RuntimeError(
            "encoder: execution_provider is cuda but ONNX Runtime has no working CUDA provider "
            f"(available: {ort.get_available_providers()}); install onnxruntime-gpu instead of onnxruntime "
            "(docs/operations.md), or set MEDCODE_ORT_CPU_FALLBACK=1 for a dry run on CPU"
        )
    log.log_warn(
        f"encoder {args.get('model_instance_name')}: no CUDA provider, running on CPU (MEDCODE_ORT_CPU_FALLBACK=1)"
    )
    return make_session(model, threads)
