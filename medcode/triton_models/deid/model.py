"""Triton model `deid`: de-identify each note; returns the redacted text and the PHI offsets.

PHI items carry the span in the original note (start, end, type) and where its placeholder
sits in DEID_TEXT (deid_start, deid_end), so later models can map evidence back. Errors name
the note's position in the batch, never its text.
"""

import json

import numpy as np
import triton_python_backend_utils as pb_utils

from medcode.deid import Deidentifier
from medcode.pipeline import InputError, decode_notes


class TritonPythonModel:
    def initialize(self, args):
        self.deid = Deidentifier()

    def execute(self, requests):
        responses = []
        for req in requests:
            try:
                notes = decode_notes(pb_utils.get_input_tensor_by_name(req, "NOTE").as_numpy())
            except InputError as exc:
                responses.append(
                    pb_utils.InferenceResponse(error=pb_utils.TritonError(str(exc), pb_utils.TritonError.INVALID_ARG))
                )
                continue
            texts, phis = [], []
            for note in notes:
                res = self.deid.deidentify(note)
                texts.append(res.text.encode("utf-8"))
                phis.append(json.dumps(res.to_records()).encode("utf-8"))
            responses.append(
                pb_utils.InferenceResponse(
                    output_tensors=[
                        pb_utils.Tensor("DEID_TEXT", np.array(texts, dtype=np.object_).reshape(-1, 1)),
                        pb_utils.Tensor("PHI", np.array(phis, dtype=np.object_).reshape(-1, 1)),
                    ]
                )
            )
        return responses
