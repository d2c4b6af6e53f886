"""The client against the real server: async API, no retry of invalid input, metrics counted."""

from __future__ import annotations

import asyncio

import pytest
import requests

from medcode.client import AsyncMedcodeClient, InvalidInputError, metrics


def test_async_client_codes_concurrently(triton_server, example_notes):
    async def run():
        async with AsyncMedcodeClient(triton_server.grpc_url, timeout_s=120) as c:
            return await asyncio.gather(*(c.code([n]) for n in example_notes.values()))

    results = asyncio.run(run())
    assert len(results) == len(example_notes) and all(r[0].codes for r in results)


def _triton_requests(url: str) -> float:
    """Requests the server's `medcode` model received. Triton 2.51 counts a Python-backend
    error response as a success, so successes and failures are summed."""
    total = 0.0
    for line in requests.get(url, timeout=10).text.splitlines():
        if (
            line.startswith(("nv_inference_request_failure{", "nv_inference_request_success{"))
            and 'model="medcode"' in line
        ):
            total += float(line.rsplit(" ", 1)[1])
    return total


def test_invalid_input_is_not_retried_and_is_counted(client, triton_server):
    before_server = _triton_requests(triton_server.metrics_url)
    before_client = metrics.FAILURES.labels(model="medcode", reason="invalid_input")._value.get()
    with pytest.raises(InvalidInputError):
        client.code(["   "])
    assert _triton_requests(triton_server.metrics_url) == before_server + 1  # sent exactly once
    assert metrics.FAILURES.labels(model="medcode", reason="invalid_input")._value.get() == before_client + 1
