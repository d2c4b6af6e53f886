"""Triton model `medcode`: de-identify (BLS → `deid`), segment, embed (BLS → `encoder`), rank,
check, and return one RESULT JSON per note.

Only de-identified text leaves the `deid` call: the encoder and the coder never see the note.
Bad input fails the request with a clear message; the model instance stays up.
"""

import json
import logging
from pathlib import Path

import numpy as np
import triton_python_backend_utils as pb_utils

from medcode.coding.encoder import EMBEDDING_DIM, Tokenizer
from medcode.pipeline import CodingOptions, CodingPipeline, InputError, decode_notes
from medcode.server.pipeline_loader import load_pipeline, model_parameters


def _error(message: str, invalid_input: bool = True):
    code = pb_utils.TritonError.INVALID_ARG if invalid_input else pb_utils.TritonError.INTERNAL
    return pb_utils.InferenceResponse(error=pb_utils.TritonError(message, code))


class TritonPythonModel:
    def initialize(self, args):
        here = Path(args["model_repository"]) / args["model_version"]
        params = model_parameters(args)
        self.chunk = int(params.get("encoder_chunk", "64"))  # the encoder's max_batch_size
        self.tokenizer = Tokenizer(here / "tokenizer.json", pad_multiple=int(params.get("encoder_pad_multiple", "0")))
        self.pipeline: CodingPipeline = load_pipeline(here)

    def _bls(self, model, inputs, outputs):
        req = pb_utils.InferenceRequest(model_name=model, requested_output_names=outputs, inputs=inputs)
        resp = req.exec()
        if resp.has_error():
            raise RuntimeError(f"{model} failed: {resp.error().message()}")
        return [pb_utils.get_output_tensor_by_name(resp, o).as_numpy() for o in outputs]

    def _embed(self, texts):
        out = []
        for i in range(0, len(texts), self.chunk):
            ids, mask = self.tokenizer(texts[i : i + self.chunk])
            (emb,) = self._bls(
                "encoder",
                [pb_utils.Tensor("input_ids", ids), pb_utils.Tensor("attention_mask", mask)],
                ["sentence_embedding"],
            )
            out.append(emb)
        return np.concatenate(out) if out else np.zeros((0, EMBEDDING_DIM), dtype=np.float32)

    def _options(self, req, n):
        t = pb_utils.get_input_tensor_by_name(req, "OPTIONS")
        if t is None:
            return [CodingOptions()] * n
        raw = t.as_numpy().reshape(-1)
        return [CodingOptions.from_json(raw[i] if i < len(raw) else raw[0]) for i in range(n)]

    def execute(self, requests):
        responses = []
        for req in requests:
            try:
                note_arr = pb_utils.get_input_tensor_by_name(req, "NOTE").as_numpy()
                notes = decode_notes(note_arr)
                options = self._options(req, len(notes))
                deid_text, phi = self._bls(
                    "deid", [pb_utils.Tensor("NOTE", note_arr.reshape(-1, 1))], ["DEID_TEXT", "PHI"]
                )
                prepared = [
                    self.pipeline.prepare(n, d[0].decode("utf-8"), json.loads(p[0]), o)
                    for n, d, p, o in zip(notes, deid_text, phi, options)
                ]
                results = self.pipeline.code_batch(prepared, self._embed)
            except InputError as exc:
                responses.append(_error(str(exc)))
                continue
            except Exception as exc:
                logging.getLogger("medcode").error("coding failed: %s", type(exc).__name__)
                responses.append(
                    _error(
                        f"internal error while coding ({type(exc).__name__}); the server is still up",
                        invalid_input=False,
                    )
                )
                continue
            out = np.array([json.dumps(r).encode("utf-8") for r in results], dtype=np.object_).reshape(-1, 1)
            responses.append(pb_utils.InferenceResponse(output_tensors=[pb_utils.Tensor("RESULT", out)]))
        return responses
