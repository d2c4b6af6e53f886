"""Two real tritonservers (mutual TLS, certificates made by `openssl`) behind one client: both
serve while up; one is killed (`kill -9` of its process group) under load and coding goes on
on the other. Figures in docs/security.md.

Callers with the default retries must see no failed request; a caller without retries shows
what the channel itself loses (requests in flight on the killed server). Two servers on a
2-core host are slow to start: the waits are generous and the load window short.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from medcode.client import AsyncMedcodeClient, MedcodeClient, MedcodeError
from medcode.client.tls import TlsFiles
from medcode.server.launcher import ServerConfig, TritonServer, free_port
from tests.conftest import require_repository
from tests.serving.certs import make_pki

pytestmark = pytest.mark.server
NOTE = "Patient with type 2 diabetes mellitus and essential hypertension. Chronic kidney disease stage 3."
# `medcode` as this interpreter runs it (medcode.cli has no __main__ block)
MEDCODE = [sys.executable, "-c", "import sys; from medcode.cli import main; sys.exit(main(sys.argv[1:]))"]
AFTER_KILL_S = 20  # load kept on the surviving server after the kill
_SUCCESS = re.compile(r'^nv_inference_request_success\{[^}]*model="medcode"[^}]*\}\s+([0-9.]+)$', re.M)


def _medcode_successes(server: TritonServer) -> int:
    url = f"http://{server.cfg.host}:{server.cfg.metrics_port}/metrics"
    with urllib.request.urlopen(url, timeout=10) as r:
        m = _SUCCESS.search(r.read().decode())
    return int(float(m.group(1))) if m else 0


def test_one_of_two_servers_killed_under_load(tmp_path):
    pki = make_pki(tmp_path / "pki")
    tls = {"tls_ca": pki.ca, "tls_cert": pki.client_cert, "tls_key": pki.client_key}
    configs = [
        ServerConfig(
            model_repository=require_repository(),
            grpc_port=free_port(),
            metrics_port=free_port(),
            tls_cert=pki.server_cert,
            tls_key=pki.server_key,
            tls_ca=pki.ca,
            probe_tls=TlsFiles(pki.ca, pki.client_cert, pki.client_key),
        )
        for _ in range(2)
    ]
    servers = [TritonServer(cfg, log_path=tmp_path / f"tritonserver-{i}.log") for i, cfg in enumerate(configs)]
    addresses = [cfg.grpc_url for cfg in configs]
    log: list[tuple[str, float, float, bool, int, str]] = []  # (caller, start, end, ok, attempts, error)
    stop = threading.Event()

    def caller(name: str, retries: int) -> None:
        with MedcodeClient(addresses, timeout_s=60, retries=retries, **tls) as c:
            while not stop.is_set():
                t0 = time.monotonic()
                try:
                    c.code([NOTE])
                    log.append((name, t0, time.monotonic(), True, c.attempts, ""))
                except MedcodeError as exc:
                    log.append((name, t0, time.monotonic(), False, c.attempts, f"{type(exc).__name__}: {exc}"[:160]))

    threads = [
        threading.Thread(target=caller, args=("retrying-1", 3)),
        threading.Thread(target=caller, args=("retrying-2", 3)),
        threading.Thread(target=caller, args=("no-retries", 0)),
    ]
    try:
        with ThreadPoolExecutor(2) as pool:  # both start at once: each takes minutes here
            list(pool.map(lambda s: s.start(timeout_s=900), servers))
        for t in threads:
            t.start()
        deadline = time.monotonic() + 300
        while min(_medcode_successes(s) for s in servers) < 3:  # both servers take requests
            assert time.monotonic() < deadline, "the channel did not use both servers"
            time.sleep(0.5)
        before = [_medcode_successes(s) for s in servers]
        killed_at = time.monotonic()
        assert servers[0].pid is not None
        os.killpg(servers[0].pid, signal.SIGKILL)
        servers[0].proc.wait(60)  # type: ignore[union-attr]
        time.sleep(AFTER_KILL_S)
        survivor_after = _medcode_successes(servers[1])

        async def async_caller():  # the asyncio client over the same two addresses, one dead
            async with AsyncMedcodeClient(addresses, timeout_s=60, **tls) as ac:
                return await ac.code([NOTE, NOTE])

        async_results = asyncio.run(async_caller())
        note = tmp_path / "note.txt"
        note.write_text(NOTE)
        tls_args = ["--tls-ca", str(pki.ca), "--tls-cert", str(pki.client_cert), "--tls-key", str(pki.client_key)]
        cli = subprocess.run(  # the CLI, both addresses repeated, the first one dead
            [*MEDCODE, "code", "--json", "--url", addresses[0], "--url", addresses[1], *tls_args, str(note)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        stop.set()
        for t in threads:
            t.join(120)
        for s in servers:
            s.stop()
    after = [e for e in log if e[2] > killed_at]
    retrying = [e for e in after if e[0] != "no-retries"]
    bare = [e for e in after if e[0] == "no-retries"]
    failed_retrying = [e for e in retrying if not e[3]]
    failed_bare = [e for e in bare if not e[3]]
    retried = [e for e in retrying if e[4] > 1]
    last_bare_failure = max((e[2] for e in failed_bare), default=killed_at) - killed_at
    print(
        f"\nfailover: before the kill server A coded {before[0]}, B {before[1]} requests; "
        f"after it, with retries: {len(failed_retrying)} of {len(retrying)} requests failed, {len(retried)} "
        f"needed a second attempt (the last ending {max((e[2] for e in retried), default=killed_at) - killed_at:.2f} s "
        f"after the kill); without retries: {len(failed_bare)} of {len(bare)} failed, the last ending "
        f"{last_bare_failure:.2f} s after the kill ({sorted({e[5] for e in failed_bare})[:2]}); "
        f"survivor B coded {survivor_after - before[1]} requests in {AFTER_KILL_S} s"
    )
    assert not failed_retrying, failed_retrying[:3]
    assert len(async_results) == 2 and all(r.codes for r in async_results)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout.splitlines()[0])["codes"]
    assert survivor_after > before[1], "the surviving server took no requests after the kill"
    assert sum(e[3] for e in bare if e[1] > killed_at + 5), "the caller without retries never recovered"
