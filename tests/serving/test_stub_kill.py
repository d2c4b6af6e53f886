"""A `medcode` backend stub killed (`kill -9`) under load: how many requests fail, and how long
until every request succeeds again. Figures in docs/security.md; the test asserts only that
coding resumes and that nothing but the requests in flight on that stub failed. Triton 2.51 never
restarts the killed stub (requests routed to it fail with INTERNAL "Stub process ... is not
healthy"); the client retries that error like UNAVAILABLE (the request never reached the
model), so callers with the default retries see at most the requests in flight at the kill."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from medcode.client import MedcodeClient, MedcodeError
from medcode.server.launcher import ServerConfig, TritonServer, free_port
from tests.conftest import require_repository

pytestmark = pytest.mark.server
DEADLINE_S = 30  # the callers' deadline: a request on the killed stub is not answered before it
NOTE = "Patient with type 2 diabetes mellitus and essential hypertension. Chronic kidney disease stage 3."


def _stubs(server_pid: int, prefix: str) -> list[int]:
    """pids of the Python-backend stubs of `server_pid` whose instance name starts with `prefix`."""
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            args = (d / "cmdline").read_bytes().split(b"\0")
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == server_pid and args and args[0].endswith(b"triton_python_backend_stub"):
            if any(a.decode(errors="replace").startswith(prefix) for a in args[1:]):
                out.append(int(d.name))
    return out


def test_kill_a_medcode_stub_under_load(tmp_path):
    cfg = ServerConfig(
        model_repository=require_repository(), grpc_port=free_port(), http_port=free_port(), metrics_port=free_port()
    )
    server = TritonServer(cfg, log_path=tmp_path / "tritonserver.log").start()
    log: list[tuple[float, float, bool, str]] = []  # (start, end, ok, error class)
    stop = threading.Event()

    def user():
        with MedcodeClient(cfg.grpc_url, timeout_s=DEADLINE_S) as c:  # the default retries (3)
            while not stop.is_set():
                t0 = time.monotonic()
                try:
                    c.code([NOTE])
                    log.append((t0, time.monotonic(), True, ""))
                except MedcodeError as exc:
                    log.append((t0, time.monotonic(), False, f"{type(exc).__name__}: {str(exc)[:160]}"))

    threads = [threading.Thread(target=user) for _ in range(4)]
    try:
        for t in threads:
            t.start()
        while sum(ok for *_, ok, _ in log) < 8:  # warm, under load
            time.sleep(0.2)
        assert server.pid is not None
        victims = _stubs(server.pid, "medcode_")
        assert len(victims) == 4, victims
        killed_at = time.monotonic()
        os.kill(victims[0], signal.SIGKILL)
        while time.monotonic() < killed_at + DEADLINE_S + 30:  # past any request in flight at the kill
            time.sleep(0.5)
        stop.set()
        for t in threads:
            t.join(DEADLINE_S + 30)
    finally:
        stop.set()
        server.stop()
    ended_after = [e for e in log if e[1] > killed_at]
    failed = [e for e in ended_after if not e[2]]
    started_after = [e for e in log if e[0] > killed_at]
    ok_after = [e for e in started_after if e[2]]
    last_failure = max((e[1] for e in failed), default=killed_at) - killed_at
    print(
        f"\nstub kill: {len(failed)} of {len(ended_after)} requests ending after the kill failed, the last "
        f"{last_failure:.1f} s after the kill ({sorted({e[3] for e in failed})[:3]}); "
        f"{len(ok_after)} of {len(started_after)} requests started after the kill succeeded, the first "
        f"{(min(e[1] for e in ok_after) - killed_at) if ok_after else float('nan'):.1f} s after the kill"
    )
    assert ok_after, "no request succeeded after the stub was killed"
    # one request in flight per caller: at most the killed stub's share fails
    assert len(failed) <= len(threads), f"{len(failed)} requests failed after the kill"
