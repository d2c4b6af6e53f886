"""Sync and asyncio clients for medcode's Triton models over gRPC (tritonclient).

Deadlines on every call; retries with exponential backoff on UNAVAILABLE only (a refused or
invalid request is never retried, so nothing is sent twice that could be coded twice).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np
import tritonclient.grpc as grpcclient
import tritonclient.grpc.aio as grpcaio
from tritonclient.utils import InferenceServerException

from medcode.client import metrics
from medcode.client.channel import channel_args, grpc_target, parse_addresses
from medcode.client.errors import (
    DeadlineExceededError,
    InvalidInputError,
    MedcodeError,
    ResultError,
    ServerUnavailableError,
)
from medcode.client.tls import TlsFiles
from medcode.client.tracing import request_span
from medcode.client.types import CodingResult, DeidResponse, PhiSpan

DEFAULT_URL = "127.0.0.1:8001"
MAX_BATCH = 8  # the `medcode` model's max_batch_size


def _status(exc: InferenceServerException) -> str:
    return (exc.status() or "").replace("StatusCode.", "")


def _classify(exc: InferenceServerException) -> MedcodeError:
    status, msg = _status(exc), exc.message() or str(exc)
    if status == "UNAVAILABLE":
        low = msg.lower()
        if any(w in low for w in ("ssl", "handshake", "certificate", "socket closed")):
            return ServerUnavailableError(
                "medcode server closed the connection: a TLS server refuses plaintext clients, clients "
                "without a certificate and certificates from another CA; check --tls-ca, --tls-cert and "
                f"--tls-key ({msg.splitlines()[0][-120:]})"
            )
        return ServerUnavailableError(f"medcode server unavailable: {msg}")
    if status == "INTERNAL" and "Stub process" in msg and "is not healthy" in msg:
        # Triton 2.51 does not restart a Python-backend stub that died: requests routed to that
        # instance fail before reaching the model, so another attempt (another instance) is safe.
        return ServerUnavailableError(f"medcode server instance unavailable (its backend process died): {msg}")
    if status == "DEADLINE_EXCEEDED" or "Deadline Exceeded" in msg:
        return DeadlineExceededError("medcode request exceeded its deadline")
    if status == "INVALID_ARGUMENT":
        return InvalidInputError(msg)
    return MedcodeError(f"{status or 'error'}: {msg}")


def _reason(err: MedcodeError) -> str:
    return {
        ServerUnavailableError: "unavailable",
        DeadlineExceededError: "deadline",
        InvalidInputError: "invalid_input",
    }.get(type(err), "other")


MAX_BACKOFF_S = 5.0


def _retry_delay(
    exc: InferenceServerException,
    attempt: int,
    retries: int,
    backoff_s: float,
    model: str,
    span,
    deadline: float | None = None,
) -> float:
    """Seconds to wait before retrying `exc` (UNAVAILABLE only, with jittered exponential
    backoff, capped at MAX_BACKOFF_S); any other error, or the last attempt, is counted and
    raised as a MedcodeError. With a `deadline` (time.monotonic()), attempts go on until the
    next one would start after it, whatever `retries` says."""
    err = _classify(exc)
    delay = min(backoff_s * (2 ** min(attempt, 30)), MAX_BACKOFF_S) * (1 + random.random() / 2)
    if isinstance(err, ServerUnavailableError):
        if deadline is None and attempt < retries:
            return delay
        if deadline is not None and time.monotonic() + delay < deadline:
            return delay
    metrics.FAILURES.labels(model=model, reason=_reason(err)).inc()
    span.set_attribute("error.type", type(err).__name__)
    raise err from None


def _attempt_timeout(timeout_s: float, deadline: float | None) -> float:
    """One attempt's deadline: `timeout_s`, cut to what is left of the total budget."""
    if deadline is None:
        return timeout_s
    return max(0.001, min(timeout_s, deadline - time.monotonic()))


def _as_list(notes: str | Sequence[str]) -> list[str]:
    return [notes] if isinstance(notes, str) else list(notes)


def _note_inputs(notes: list[str], options: dict | str | bytes | None, mod):
    arr = np.array([[n.encode("utf-8") if isinstance(n, str) else n] for n in notes], dtype=np.object_)
    inputs = [mod.InferInput("NOTE", list(arr.shape), "BYTES")]
    inputs[0].set_data_from_numpy(arr)
    if options is not None:
        text = options if isinstance(options, (str, bytes)) else json.dumps(options)
        raw = text.encode("utf-8") if isinstance(text, str) else text
        opt = np.array([[raw]] * len(notes), dtype=np.object_)
        inputs.append(mod.InferInput("OPTIONS", list(opt.shape), "BYTES"))
        inputs[1].set_data_from_numpy(opt)
    return inputs


def _parse_results(resp) -> list[CodingResult]:
    raw = resp.as_numpy("RESULT")
    if raw is None or raw.size == 0:
        raise ResultError("the server returned no RESULT")
    try:
        return [CodingResult.from_dict(json.loads(x)) for x in raw.reshape(-1)]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ResultError(f"malformed RESULT from the server ({type(exc).__name__})") from None


def _parse_deid(resp) -> list[DeidResponse]:
    texts, phis = resp.as_numpy("DEID_TEXT").reshape(-1), resp.as_numpy("PHI").reshape(-1)
    return [
        DeidResponse(
            t.decode("utf-8"), tuple(PhiSpan(int(p["start"]), int(p["end"]), p["type"]) for p in json.loads(ph))
        )
        for t, ph in zip(texts, phis)
    ]


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class MedcodeClient:
    """Blocking client. `code(notes)` returns one CodingResult per note, in order."""

    def __init__(
        self,
        url: str | Sequence[str] = DEFAULT_URL,
        timeout_s: float = 60.0,
        retries: int = 3,
        backoff_s: float = 0.2,
        ssl: bool = False,
        root_certificates: str | None = None,
        tls_ca: str | os.PathLike | None = None,
        tls_cert: str | os.PathLike | None = None,
        tls_key: str | os.PathLike | None = None,
        retry_deadline_s: float | None = None,
        tls_server_name: str | None = None,
        health_check_service: str | None = None,
    ):
        """`retry_deadline_s`: a total budget for one call, retries included (e.g. 600 to ride
        out a server restart, whose model load takes minutes); without it, `retries` attempts.
        TLS: `tls_ca` (the CA of the server's certificate) turns it on; `tls_cert` and
        `tls_key` present this application's certificate (mutual TLS). With none of them, the
        MEDCODE_TLS_* environment variables are used (medcode.client.tls). `ssl` and
        `root_certificates` are the older spelling of `tls_ca`.

        `url`: one HOST:PORT, or several (a list, or comma-separated) served round-robin over
        one gRPC channel; a request caught on a server that goes down is retried on another
        (medcode.client.channel). `tls_server_name`: the name every server's certificate is
        checked against when there are several (default: the first address's host).
        `health_check_service`: turn on gRPC's client-side health checking (Triton 2.51 does
        not implement it; see medcode.client.channel)."""
        self.addresses = parse_addresses(url)
        self.url = ",".join(self.addresses)
        self.timeout_s, self.retries, self.backoff_s = timeout_s, retries, backoff_s
        self.retry_deadline_s = retry_deadline_s
        self.attempts = 0
        self.tls = TlsFiles.resolve(tls_ca or root_certificates, tls_cert, tls_key)
        kwargs = self.tls.grpc_kwargs() or ({"ssl": True} if ssl else {})
        self._client = grpcclient.InferenceServerClient(
            grpc_target(self.addresses),
            channel_args=channel_args(self.addresses, bool(kwargs), tls_server_name, health_check_service),
            **kwargs,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> MedcodeClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ready(self) -> bool:
        try:
            return bool(self._client.is_server_ready() and self._client.is_model_ready("medcode"))
        except InferenceServerException:
            return False

    def _infer(self, model: str, inputs, outputs: list[str], n: int, request_id: str = ""):
        metrics.REQUESTS.labels(model=model).inc()
        t0 = time.perf_counter()
        with request_span(model, n) as (span, headers):
            deadline = time.monotonic() + self.retry_deadline_s if self.retry_deadline_s else None
            for attempt in itertools.count():
                self.attempts = attempt + 1  # of the latest call (tests, diagnostics)
                try:
                    resp = self._client.infer(
                        model,
                        inputs,
                        outputs=[grpcclient.InferRequestedOutput(o) for o in outputs],
                        client_timeout=_attempt_timeout(self.timeout_s, deadline),
                        headers=headers,
                        request_id=request_id,
                    )
                    metrics.LATENCY.labels(model=model).observe(time.perf_counter() - t0)
                    return resp
                except InferenceServerException as exc:
                    time.sleep(_retry_delay(exc, attempt, self.retries, self.backoff_s, model, span, deadline))

    def code(
        self, notes: str | Sequence[str], options: dict | str | None = None, request_id: str | None = None
    ) -> list[CodingResult]:
        """`request_id` (default: a new UUID per call) names the request in the server's audit trail."""
        rid = request_id or uuid.uuid4().hex
        out: list[CodingResult] = []
        for chunk in _chunks(_as_list(notes), MAX_BATCH):
            resp = self._infer("medcode", _note_inputs(chunk, options, grpcclient), ["RESULT"], len(chunk), rid)
            results = [replace(r, request_id=rid) for r in _parse_results(resp)]
            for r in results:
                metrics.record_result(r)
            out.extend(results)
        return out

    def deidentify(self, notes: str | Sequence[str]) -> list[DeidResponse]:
        out: list[DeidResponse] = []
        for chunk in _chunks(_as_list(notes), 16):
            resp = self._infer("deid", _note_inputs(chunk, None, grpcclient), ["DEID_TEXT", "PHI"], len(chunk))
            out.extend(_parse_deid(resp))
        return out


class AsyncMedcodeClient:
    """asyncio client with the same behaviour as MedcodeClient."""

    def __init__(
        self,
        url: str | Sequence[str] = DEFAULT_URL,
        timeout_s: float = 60.0,
        retries: int = 3,
        backoff_s: float = 0.2,
        tls_ca: str | os.PathLike | None = None,
        tls_cert: str | os.PathLike | None = None,
        tls_key: str | os.PathLike | None = None,
        retry_deadline_s: float | None = None,
        tls_server_name: str | None = None,
        health_check_service: str | None = None,
    ):
        self.addresses = parse_addresses(url)
        self.url = ",".join(self.addresses)
        self.timeout_s, self.retries, self.backoff_s = timeout_s, retries, backoff_s
        self.retry_deadline_s = retry_deadline_s
        self.attempts = 0
        self.tls = TlsFiles.resolve(tls_ca, tls_cert, tls_key)
        kwargs = self.tls.grpc_kwargs()
        self._client = grpcaio.InferenceServerClient(
            grpc_target(self.addresses),
            channel_args=channel_args(self.addresses, bool(kwargs), tls_server_name, health_check_service),
            **kwargs,
        )

    async def close(self) -> None:
        await self._client.close()

    async def __aenter__(self) -> AsyncMedcodeClient:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def _infer(self, model: str, inputs, outputs: list[str], n: int, request_id: str = ""):
        metrics.REQUESTS.labels(model=model).inc()
        t0 = time.perf_counter()
        with request_span(model, n) as (span, headers):
            deadline = time.monotonic() + self.retry_deadline_s if self.retry_deadline_s else None
            for attempt in itertools.count():
                self.attempts = attempt + 1  # of the latest call (tests, diagnostics)
                try:
                    resp = await self._client.infer(
                        model,
                        inputs,
                        outputs=[grpcaio.InferRequestedOutput(o) for o in outputs],
                        client_timeout=_attempt_timeout(self.timeout_s, deadline),
                        headers=headers,
                        request_id=request_id,
                    )
                    metrics.LATENCY.labels(model=model).observe(time.perf_counter() - t0)
                    return resp
                except InferenceServerException as exc:
                    await asyncio.sleep(_retry_delay(exc, attempt, self.retries, self.backoff_s, model, span, deadline))

    async def code(
        self, notes: str | Sequence[str], options: dict | str | None = None, request_id: str | None = None
    ) -> list[CodingResult]:
        rid = request_id or uuid.uuid4().hex
        out: list[CodingResult] = []
        for chunk in _chunks(_as_list(notes), MAX_BATCH):
            resp = await self._infer("medcode", _note_inputs(chunk, options, grpcaio), ["RESULT"], len(chunk), rid)
            results = [replace(r, request_id=rid) for r in _parse_results(resp)]
            for r in results:
                metrics.record_result(r)
            out.extend(results)
        return out

    async def deidentify(self, notes: str | Sequence[str]) -> list[DeidResponse]:
        out: list[DeidResponse] = []
        for chunk in _chunks(_as_list(notes), 16):
            resp = await self._infer("deid", _note_inputs(chunk, None, grpcaio), ["DEID_TEXT", "PHI"], len(chunk))
            out.extend(_parse_deid(resp))
        return out
