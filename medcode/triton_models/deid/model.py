"""Triton model `deid`: de-identify each note; returns the redacted text and the PHI offsets.

PHI items carry the span in the original note (start, end, type) and where its placeholder
sits in DEID_TEXT (deid_start, deid_end), so later models can map evidence back. Errors name
the note's position in the batch, never its text. Each request is handled on its own: a
malformed or failing request gets its own error, never the requests batched with it.
"""

import json
import logging

import numpy as np
import triton_python_backend_utils as pb_utils

from medcode.deid import DeidConfig, Deidentifier
from medcode.pipeline import InputError, decode_notes


class TritonPythonModel:
    def initialize(self, args):
        # MEDCODE_DEID_LEARNED=0 serves the rules alone (an operator switch, and the "old deid"
        # side of `medcode bench deid_ab`); by default the learned recognizer runs beside them.
        self.deid = Deidentifier(DeidConfig.served())

    def execute(self, requests):
        responses = []
        for req in requests:
            try:
                tensor = pb_utils.get_input_tensor_by_name(req, "NOTE")
                if tensor is None:
                    raise InputError("NOTE is required")
                notes = decode_notes(tensor.as_numpy())
                texts, phis = [], []
                for note in notes:
                    res = self.deid.deidentify(note)
                    texts.append(res.text.encode("utf-8"))
                    phis.append(json.dumps(res.to_records()).encode("utf-8"))
            except InputError as exc:
                responses.append(
                    pb_utils.InferenceResponse(error=pb_utils.TritonError(str(exc), pb_utils.TritonError.INVALID_ARG))
                )
                continue
            except Exception as exc:  # this request only; the message names the error class, not the note
                logging.getLogger("medcode").error("deid failed: %s", type(exc).__name__)
                responses.append(
                    pb_utils.InferenceResponse(
                        error=pb_utils.TritonError(
                            f"de-identification failed ({type(exc).__name__})", pb_utils.TritonError.INTERNAL
                        )
                    )
                )
                continue
            responses.append(
                pb_utils.InferenceResponse(
                    output_tensors=[
                        pb_utils.Tensor("DEID_TEXT", np.array(texts, dtype=np.object_).reshape(-1, 1)),
                        pb_utils.Tensor("PHI", np.array(phis, dtype=np.object_).reshape(-1, 1)),
                    ]
                )
            )
        return responses
