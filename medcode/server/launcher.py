"""Start, check and stop the bundled `tritonserver` on the CPU profile.

Bound to loopback by default; verbose logging off (notes may carry PHI); the Python-backend
stub takes its packages from the `python3` first on PATH, so this environment's `bin/` goes
first (numpy < 2 there, or the backend silently returns empty tensors).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from medcode import paths
from medcode.manifest import verify_repository
from medcode.server.triton_paths import find_triton, prepare_backend_dir

# An installed medcode (a wheel in a venv) has no build/ folder: the site names the backend folder.
BACKENDS_ENV = "MEDCODE_TRITON_BACKENDS"


class ServerError(RuntimeError):
    """The server cannot be started (port taken, repository missing, early exit)."""


@dataclass
class ServerConfig:
    model_repository: Path = field(default_factory=paths.model_repository)
    host: str = "127.0.0.1"
    grpc_port: int = 8001
    http_port: int = 8000
    metrics_port: int = 8002
    log_verbose: int = 0
    trace_file: Path | None = None  # OpenTelemetry traces are sent by the collector URL
    otel_url: str | None = None  # e.g. http://127.0.0.1:4318/v1/traces
    trace_rate: int = 1
    cache_mb: int = 0
    extra_args: list[str] = field(default_factory=list)

    @property
    def grpc_url(self) -> str:
        return f"{self.host}:{self.grpc_port}"


def port_is_free(host: str, port: int) -> bool:
    """Whether a server could listen on host:port now (TIME_WAIT leftovers of a stopped
    server's connections do not count: Triton itself binds with SO_REUSEADDR)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def check_config(cfg: ServerConfig) -> None:
    verify_repository(Path(cfg.model_repository))
    for name, port in (("gRPC", cfg.grpc_port), ("HTTP", cfg.http_port), ("metrics", cfg.metrics_port)):
        if not port_is_free(cfg.host, port):
            raise ServerError(
                f"{name} port {cfg.host}:{port} is already in use; pick another with --{name.lower()}-port"
            )


def server_command(cfg: ServerConfig) -> tuple[list[str], dict[str, str]]:
    inst = find_triton()
    backends = prepare_backend_dir(inst, Path(os.environ.get(BACKENDS_ENV) or paths.triton_backends_dir()))
    cmd = [
        str(inst.binary),
        f"--model-repository={Path(cfg.model_repository).resolve()}",
        f"--backend-directory={backends}",
        f"--cache-directory={inst.cache_dir}",
        f"--grpc-address={cfg.host}",
        f"--grpc-port={cfg.grpc_port}",
        f"--http-address={cfg.host}",
        f"--http-port={cfg.http_port}",
        f"--metrics-address={cfg.host}",
        f"--metrics-port={cfg.metrics_port}",
        "--allow-metrics=true",
        "--allow-gpu-metrics=false",
        f"--log-verbose={cfg.log_verbose}",
        "--strict-readiness=true",
        "--exit-timeout-secs=10",
        "--metrics-config=histogram_latencies=true",
    ]
    if cfg.cache_mb:
        cmd.append(f"--cache-config=local,size={cfg.cache_mb * 1024 * 1024}")
    if cfg.otel_url:
        cmd += [
            "--trace-config=mode=opentelemetry",
            f"--trace-config=opentelemetry,url={cfg.otel_url}",
            f"--trace-config=rate={cfg.trace_rate}",
            "--trace-config=level=TIMESTAMPS",
            "--trace-config=opentelemetry,resource=service.name=medcode-triton",
        ]
    cmd += cfg.extra_args
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [str(inst.libs), env.get("LD_LIBRARY_PATH")]))
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    # One ONNX Runtime thread per encoder instance (the CPU profile runs two), and no OpenMP
    # fan-out in any stub: on 2 cores oversubscription cost 5-8x once (docs/performance.md).
    env.setdefault("MEDCODE_ORT_THREADS", "1")
    env.setdefault("OMP_NUM_THREADS", "1")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return cmd, env


class TritonServer:
    """A background server for demos, tests and load tests: `with TritonServer(cfg) as s: ...`."""

    def __init__(self, cfg: ServerConfig, log_path: Path | None = None):
        self.cfg = cfg
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self, timeout_s: float = 300.0) -> TritonServer:
        check_config(self.cfg)
        cmd, env = server_command(self.cfg)
        out = subprocess.DEVNULL
        if self.log_path:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = out = self.log_path.open("wb")
        self.proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.wait_ready(timeout_s)
        return self

    def wait_ready(self, timeout_s: float) -> None:
        import tritonclient.grpc as grpcclient

        client = grpcclient.InferenceServerClient(self.cfg.grpc_url)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc and self.proc.poll() is not None:
                raise ServerError(
                    f"tritonserver exited with code {self.proc.returncode} while starting"
                    + (f"; see {self.log_path}" if self.log_path else "")
                )
            try:
                if client.is_server_ready():
                    return
            except Exception:
                pass
            time.sleep(0.5)
        self.stop()
        raise ServerError(f"tritonserver was not ready within {timeout_s:.0f} s")

    def stop(self, timeout_s: float = 30.0) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        if self._log:
            self._log.close()
            self._log = None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def __enter__(self) -> TritonServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve_foreground(cfg: ServerConfig) -> int:
    """`medcode serve`: run until SIGTERM/SIGINT, forwarding the signal so Triton drains."""
    check_config(cfg)
    cmd, env = server_command(cfg)
    proc = subprocess.Popen(cmd, env=env)

    def forward(signum, _frame):
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    return proc.wait()
