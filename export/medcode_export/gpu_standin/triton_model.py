"""Triton model `encoder` (GPU stand-in): the exported weights in a plain-PyTorch fp16 BERT on
CUDA, inside the Python backend. A STAND-IN for the TensorRT plan of the GPU profile, used only
where TensorRT is unavailable; same inputs/outputs as the CPU profile's encoder.

Dynamic batching hands several requests (segments of different notes) at once: they are padded
to one width, copied to the GPU once through pinned memory, run as one batch, and the float32
embeddings are copied back once and sliced per request.
"""
import importlib.util
import json
from pathlib import Path

import numpy as np
import torch
import triton_python_backend_utils as pb_utils


def _load_bert(here: Path):
    spec = importlib.util.spec_from_file_location("medcode_gpu_bert", here / "bert.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class TritonPythonModel:
    def initialize(self, args):
        here = Path(args["model_repository"]) / args["model_version"]
        params = {k: v["string_value"] for k, v in json.loads(args["model_config"])["parameters"].items()}
        if args["model_instance_kind"] == "GPU":
            self.device = torch.device(f"cuda:{args['model_instance_device_id']}")
            torch.cuda.set_device(self.device)
        else:
            self.device = torch.device("cpu")
        dtype = params.get("dtype", "float16") if self.device.type == "cuda" else "float32"
        self.model = _load_bert(here).load_encoder(params["weights"], device=self.device, dtype=dtype)
        self.pin = self.device.type == "cuda"
        warm = torch.ones((8, 32), dtype=torch.int32, device=self.device)
        self.model(warm, warm)
        if self.pin:
            torch.cuda.synchronize(self.device)

    def execute(self, requests):
        ids, masks = [], []
        for req in requests:
            ids.append(pb_utils.get_input_tensor_by_name(req, "input_ids").as_numpy())
            masks.append(pb_utils.get_input_tensor_by_name(req, "attention_mask").as_numpy())
        sizes = [x.shape[0] for x in ids]
        width = max(x.shape[1] for x in ids)
        batch = np.zeros((2, sum(sizes), width), dtype=np.int32)
        row = 0
        for i, m in zip(ids, masks):
            batch[0, row : row + i.shape[0], : i.shape[1]] = i
            batch[1, row : row + m.shape[0], : m.shape[1]] = m
            row += i.shape[0]
        t = torch.from_numpy(batch)
        if self.pin:
            t = t.pin_memory().to(self.device, non_blocking=True)
        emb = self.model(t[0], t[1]).cpu().numpy()  # (rows, 384) float32; .cpu() synchronises
        responses, row = [], 0
        for n in sizes:
            out = pb_utils.Tensor("sentence_embedding", np.ascontiguousarray(emb[row : row + n]))
            responses.append(pb_utils.InferenceResponse(output_tensors=[out]))
            row += n
        return responses
