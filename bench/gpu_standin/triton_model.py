"""Triton model `encoder` (GPU stand-in): the exported weights in a plain-PyTorch fp16 BERT on
CUDA, inside the Python backend. A STAND-IN for the TensorRT plan of the GPU profile, used only
where TensorRT is unavailable; same inputs/outputs as the CPU profile's encoder.

Dynamic batching hands several requests (segments of different notes) at once: they are padded
to one width (rows and width rounded up to buckets, so only a few shapes ever reach the GPU and
each is warmed at load), copied to the GPU once, run as one batch, and the float32 embeddings
are copied back once and sliced per request.

Config parameters (all optional, strings): weights, dtype, torch_threads (intra-op CPU threads
per instance; torch's default is every core, which oversubscribes with several instances),
row_bucket / width_bucket (1 = exact shapes), warm ("all" bucket shapes, "one", "none"),
sdpa ("default", or "no_cudnn" to keep scaled_dot_product_attention off cuDNN, whose
per-shape graph build is slow), pin ("1" pinned host copy, "0" plain copy).
Per-phase timings are summed and logged at unload (the server log) to show where time goes.
"""

import importlib.util
import json
import time
from pathlib import Path

import numpy as np
import torch
import triton_python_backend_utils as pb_utils


def _load_bert(here: Path):
    spec = importlib.util.spec_from_file_location("medcode_gpu_bert", here / "bert.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class TritonPythonModel:
    def initialize(self, args):
        here = Path(args["model_repository"]) / args["model_version"]
        cfg = json.loads(args["model_config"])
        params = {k: v["string_value"] for k, v in cfg["parameters"].items()}
        threads = int(params.get("torch_threads", "0") or 0)
        if threads > 0:
            torch.set_num_threads(threads)
        if args["model_instance_kind"] == "GPU":
            self.device = torch.device(f"cuda:{args['model_instance_device_id']}")
            torch.cuda.set_device(self.device)
        else:
            self.device = torch.device("cpu")
        cuda = self.device.type == "cuda"
        if params.get("sdpa", "default") == "no_cudnn" and cuda:
            torch.backends.cuda.enable_cudnn_sdp(False)
        dtype = params.get("dtype", "float16") if cuda else "float32"
        self.bert = _load_bert(here)
        self.model = self.bert.load_encoder(params["weights"], device=self.device, dtype=dtype)
        self.pin = cuda and params.get("pin", "1") == "1"
        self.row_bucket = int(params.get("row_bucket", "1") or 1)
        self.width_bucket = int(params.get("width_bucket", "1") or 1)
        self.name = f"{args['model_name']}#{args['model_instance_name']}"
        warm = params.get("warm", "all" if cuda else "one")
        t0 = time.perf_counter()
        shapes = [(8, 32)]
        if warm == "all" and self.row_bucket > 1 and self.width_bucket > 1:
            max_rows = int(cfg.get("max_batch_size", 256)) or 256
            shapes = [
                (r, w)
                for w in range(self.width_bucket, 129, self.width_bucket)
                for r in range(self.row_bucket, max_rows + 1, self.row_bucket)
            ]
        if warm != "none":
            for r, w in shapes:
                x = torch.ones((r, w), dtype=torch.int32, device=self.device)
                self.model(x, x)
            if cuda:
                torch.cuda.synchronize(self.device)
        pb_utils.Logger.log_info(
            f"{self.name}: threads={torch.get_num_threads()} buckets="
            f"{self.row_bucket}x{self.width_bucket} sdpa={params.get('sdpa', 'default')} "
            f"pin={self.pin} warmed {len(shapes) if warm != 'none' else 0} shapes "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        self.stats = {
            "executes": 0,
            "requests": 0,
            "rows": 0,
            "padded_rows": 0,
            "inputs_s": 0.0,
            "to_device_s": 0.0,
            "model_s": 0.0,
            "to_host_s": 0.0,
            "outputs_s": 0.0,
        }

    def execute(self, requests):
        st, t0 = self.stats, time.perf_counter()
        ids, masks = [], []
        for req in requests:
            ids.append(pb_utils.get_input_tensor_by_name(req, "input_ids").as_numpy())
            masks.append(pb_utils.get_input_tensor_by_name(req, "attention_mask").as_numpy())
        sizes = [x.shape[0] for x in ids]
        batch, rows = self.bert.pad_batch(ids, masks, self.row_bucket, self.width_bucket)
        t1 = time.perf_counter()
        t = torch.from_numpy(batch)
        if self.pin:
            t = t.pin_memory().to(self.device, non_blocking=True)
        elif self.device.type == "cuda":
            t = t.to(self.device)
        t2 = time.perf_counter()
        out = self.model(t[0], t[1])
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)  # so model_s is GPU time, not launch time
        t3 = time.perf_counter()
        emb = out.cpu().numpy()  # (padded rows, 384) float32
        t4 = time.perf_counter()
        responses, row = [], 0
        for n in sizes:
            o = pb_utils.Tensor("sentence_embedding", np.ascontiguousarray(emb[row : row + n]))
            responses.append(pb_utils.InferenceResponse(output_tensors=[o]))
            row += n
        t5 = time.perf_counter()
        st["executes"] += 1
        st["requests"] += len(requests)
        st["rows"] += rows
        st["padded_rows"] += batch.shape[1]
        for k, a, b in (
            ("inputs_s", t0, t1),
            ("to_device_s", t1, t2),
            ("model_s", t2, t3),
            ("to_host_s", t3, t4),
            ("outputs_s", t4, t5),
        ):
            st[k] += b - a
        return responses

    def finalize(self):
        st = dict(self.stats)
        n = max(1, st["executes"])
        per = {k[:-2] + "_ms_per_exec": round(1e3 * st[k] / n, 3) for k in st if k.endswith("_s")}
        pb_utils.Logger.log_info(
            f"{self.name} phases: "
            + json.dumps({**{k: st[k] for k in ("executes", "requests", "rows", "padded_rows")}, **per})
        )
