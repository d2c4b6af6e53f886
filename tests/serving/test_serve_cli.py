"""`medcode serve`: loopback by default, clear refusals, clean stop on SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import tritonclient.grpc as grpcclient

from medcode import paths
from medcode.server.launcher import free_port

SERVE = [sys.executable, "-c", "import sys; from medcode.cli import main; sys.exit(main(sys.argv[1:]))", "serve"]


def _ports():
    return ["--grpc-port", str(free_port()), "--http-port", str(free_port()), "--metrics-port", str(free_port())]


def test_refuses_a_taken_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = s.getsockname()[1]
        args = _ports()
        args[1] = str(taken)
        r = subprocess.run(SERVE + args, capture_output=True, text=True, timeout=60)
    assert r.returncode != 0
    assert f"127.0.0.1:{taken} is already in use" in r.stderr


def test_refuses_a_missing_or_incomplete_repository(tmp_path):
    r = subprocess.run(
        SERVE + _ports() + ["--model-repository", str(tmp_path / "nope")], capture_output=True, text=True, timeout=60
    )
    assert r.returncode != 0 and "does not exist" in r.stderr
    (tmp_path / "half").mkdir()
    r = subprocess.run(
        SERVE + _ports() + ["--model-repository", str(tmp_path / "half")], capture_output=True, text=True, timeout=60
    )
    assert r.returncode != 0 and "MANIFEST.json" in r.stderr


def test_serves_on_loopback_and_stops_cleanly_on_sigterm(tmp_path):
    ports = _ports()
    grpc_port = ports[1]
    proc = subprocess.Popen(
        SERVE + ports + ["--model-repository", str(paths.model_repository("cpu"))],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = grpcclient.InferenceServerClient(f"127.0.0.1:{grpc_port}")
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if client.is_server_ready():
                    break
            except Exception:
                pass
            assert proc.poll() is None, "server exited while starting"
            time.sleep(0.5)
        assert client.is_model_ready("medcode")
        listening = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True).stdout
        local = [l.split()[3] for l in listening.splitlines() if f":{grpc_port} " in l]
        # loopback only: 127.0.0.1 or its IPv4-mapped form [::ffff:127.0.0.1], never 0.0.0.0/[::]/*
        assert local and all(a.rsplit(":", 1)[0] in ("127.0.0.1", "[::ffff:127.0.0.1]") for a in local), local
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
