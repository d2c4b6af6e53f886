"""Client behaviour without a server: retries on UNAVAILABLE only, with backoff, then a clear error."""

from __future__ import annotations

import time

import pytest

from medcode.client import MedcodeClient, ServerUnavailableError, metrics
from medcode.server.launcher import free_port


def test_unreachable_server_is_retried_then_reported():
    url = f"127.0.0.1:{free_port()}"
    before = metrics.FAILURES.labels(model="medcode", reason="unavailable")._value.get()
    with MedcodeClient(url, timeout_s=5, retries=2, backoff_s=0.1) as c:
        t0 = time.perf_counter()
        with pytest.raises(ServerUnavailableError):
            c.code(["Patient with asthma."])
        elapsed = time.perf_counter() - t0
    assert elapsed >= 0.1 + 0.2  # two backoffs happened
    assert metrics.FAILURES.labels(model="medcode", reason="unavailable")._value.get() == before + 1


def test_ready_is_false_without_a_server():
    with MedcodeClient(f"127.0.0.1:{free_port()}", timeout_s=2) as c:
        assert c.ready() is False


def test_total_deadline_retries_past_the_retry_count():
    """With a total budget the client keeps retrying UNAVAILABLE (capped backoff) until the
    budget is spent, not after `retries` attempts."""
    with MedcodeClient(f"127.0.0.1:{free_port()}", timeout_s=5, retries=1, backoff_s=0.02, retry_deadline_s=1.5) as c:
        with pytest.raises(ServerUnavailableError):
            c.code(["Patient with asthma."])
        assert c.attempts > 2  # more than retries + 1
    with MedcodeClient(f"127.0.0.1:{free_port()}", timeout_s=5, retries=1, backoff_s=0.02) as c:
        with pytest.raises(ServerUnavailableError):
            c.code(["Patient with asthma."])
        assert c.attempts == 2
