"""Triton model `medcode`: de-identify (BLS → `deid`), segment, embed (BLS → `encoder`), rank,
check, and return one RESULT JSON per note.

Only de-identified text leaves the `deid` call: the encoder and the coder never see the note.
Bad input fails the request with a clear message; the model instance stays up.

With `medcode serve --audit-dir` (MEDCODE_AUDIT_DIR in the environment) every request appends
its audit records (one per note, or one for a failed request) to the hash chain, fsynced,
before its response is returned; RESULT then carries `audit_id`. A record that cannot be
written fails the request with UNAVAILABLE: no coding goes unaudited.
"""

import json
import logging
import time
from pathlib import Path

import numpy as np
import triton_python_backend_utils as pb_utils

from medcode.audit import AuditError, AuditLog, coding_record, failure_record
from medcode.coding.encoder import EMBEDDING_DIM, Tokenizer
from medcode.pipeline import CodingOptions, CodingPipeline, InputError, decode_notes
from medcode.server.pipeline_loader import load_pipeline, model_parameters


def _error(message: str, invalid_input: bool = True):
    code = pb_utils.TritonError.INVALID_ARG if invalid_input else pb_utils.TritonError.INTERNAL
    return pb_utils.InferenceResponse(error=pb_utils.TritonError(message, code))


AUDIT_UNAVAILABLE = "the audit trail cannot be written; the request was not coded (no coding goes unaudited)"


def _unavailable():
    return pb_utils.InferenceResponse(error=pb_utils.TritonError(AUDIT_UNAVAILABLE, pb_utils.TritonError.UNAVAILABLE))


class Busy(Exception):
    """A model this one calls refused the request (its queue is full or the wait timed out)."""


def _busy(model: str):
    message = f"the server is busy ({model} queue full or timed out); retry later"
    return pb_utils.InferenceResponse(error=pb_utils.TritonError(message, pb_utils.TritonError.UNAVAILABLE))


def _request_id(req) -> str:
    """The caller's request id when it is a short printable string; else empty."""
    try:
        rid = req.request_id() or ""
    except Exception:
        return ""
    return rid if len(rid) <= 128 and rid.isprintable() else ""


class TritonPythonModel:
    def initialize(self, args):
        here = Path(args["model_repository"]) / args["model_version"]
        params = model_parameters(args)
        self.chunk = int(params.get("encoder_chunk", "64"))  # the encoder's max_batch_size
        self.tokenizer = Tokenizer(here / "tokenizer.json", pad_multiple=int(params.get("encoder_pad_multiple", "0")))
        self.pipeline: CodingPipeline = load_pipeline(here)
        self.audit = AuditLog.from_env()  # None without --audit-dir; a bad setup fails the load

    def _bls(self, model, inputs, outputs):
        req = pb_utils.InferenceRequest(model_name=model, requested_output_names=outputs, inputs=inputs)
        resp = req.exec()
        if resp.has_error():
            err = resp.error()
            if getattr(err, "code", lambda: None)() == pb_utils.TritonError.UNAVAILABLE:
                raise Busy(model)
            raise RuntimeError(f"{model} failed")
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
        ranked = self.pipeline.systems  # what the loaded coder ranks; other systems are refused
        return [CodingOptions.from_json(raw[i] if i < len(raw) else raw[0], ranked) for i in range(n)]

    def _failed(self, rid, notes, options, outcome, message, t0, response):
        """Record a request that coded nothing, then answer it with `response` (an error)."""
        if self.audit is not None:
            first = options[0] if options else None
            rec = failure_record(
                request_id=rid,
                notes=len(notes) if notes is not None else None,
                outcome=outcome,
                error=message,
                latency_s=time.perf_counter() - t0,
                model_version=self.pipeline.model_version,
                caller=first.caller if first else None,
                user=first.user if first else None,
            )
            try:
                self.audit.append([rec])
            except AuditError as exc:
                logging.getLogger("medcode").error("audit: %s", exc)
                return _unavailable()
        return response

    def _audited(self, rid, notes, options, results, t0):
        """Append one record per note; put each record's audit_id in its RESULT."""
        latency = time.perf_counter() - t0
        recs = [
            coding_record(
                self.audit.note_key,
                n,
                r,
                request_id=rid,
                note_index=i,
                caller=o.caller,
                user=o.user,
                latency_s=latency,
            )
            for i, (n, r, o) in enumerate(zip(notes, results, options))
        ]
        self.audit.append(recs)
        for r, rec in zip(results, recs):
            r["audit_id"] = rec["audit_id"]

    def execute(self, requests):
        responses = []
        for req in requests:
            t0 = time.perf_counter()
            rid = _request_id(req)
            notes = options = None
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
                failed = self._failed(rid, notes, options, "invalid_input", str(exc), t0, _error(str(exc)))
                responses.append(failed)
                continue
            except Busy as exc:
                failed = self._failed(rid, notes, options, "unavailable", f"{exc} busy", t0, _busy(str(exc)))
                responses.append(failed)
                continue
            except Exception as exc:
                logging.getLogger("medcode").error("coding failed: %s", type(exc).__name__)
                message = f"internal error while coding ({type(exc).__name__}); the server is still up"
                responses.append(self._failed(rid, notes, options, "error", message, t0, _error(message, False)))
                continue
            if self.audit is not None:
                try:
                    self._audited(rid, notes, options, results, t0)
                except AuditError as exc:
                    logging.getLogger("medcode").error("audit: %s", exc)
                    responses.append(_unavailable())
                    continue
            out = np.array([json.dumps(r).encode("utf-8") for r in results], dtype=np.object_).reshape(-1, 1)
            responses.append(pb_utils.InferenceResponse(output_tensors=[pb_utils.Tensor("RESULT", out)]))
        return responses
