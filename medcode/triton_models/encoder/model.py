"""Triton model `encoder` (CPU profile): the exported sentence encoder under ONNX Runtime.

Dynamic batching hands this model several requests at once (segments of different notes,
ragged widths). On a CPU, padding is paid in full, so the rows are sorted by length and run in
sub-batches of `sub_batch` rows, each padded only to its own longest row (measured: half of
the work was padding; docs/performance.md). On the GPU profile the same ONNX file is compiled
to a TensorRT plan and this adapter is not used.
"""

import os
from pathlib import Path

import numpy as np
import triton_python_backend_utils as pb_utils

from medcode.coding.encoder import make_session, run_sorted
from medcode.server.pipeline_loader import model_parameters


class TritonPythonModel:
    def initialize(self, args):
        here = Path(args["model_repository"]) / args["model_version"]
        self.session = make_session(here / "model.onnx", int(os.environ.get("MEDCODE_ORT_THREADS", "0")) or None)
        params = model_parameters(args)
        self.sub_batch = int(params.get("sub_batch", "4"))

    def execute(self, requests):
        ids, masks, sizes = [], [], []
        for req in requests:
            ids.append(pb_utils.get_input_tensor_by_name(req, "input_ids").as_numpy())
            masks.append(pb_utils.get_input_tensor_by_name(req, "attention_mask").as_numpy())
            sizes.append(ids[-1].shape[0])
        width = max(x.shape[1] for x in ids)
        batch_ids = np.zeros((sum(sizes), width), dtype=np.int32)
        batch_mask = np.zeros_like(batch_ids)
        row = 0
        for i, m in zip(ids, masks):
            batch_ids[row : row + i.shape[0], : i.shape[1]] = i
            batch_mask[row : row + m.shape[0], : m.shape[1]] = m
            row += i.shape[0]
        emb = run_sorted(self.session, batch_ids, batch_mask, self.sub_batch)
        responses, row = [], 0
        for n in sizes:
            out = pb_utils.Tensor("sentence_embedding", np.ascontiguousarray(emb[row : row + n], dtype=np.float32))
            responses.append(pb_utils.InferenceResponse(output_tensors=[out]))
            row += n
        return responses
