"""Start, check and stop the bundled `tritonserver` on the CPU profile.

Bound to loopback by default; the HTTP endpoint off unless asked for (and then on loopback
only); gRPC over TLS, mutual with a client CA, when given certificates; Triton's management
APIs (model repository, shared memory, trace, logging, statistics) behind an admin key when
given one, with explicit model control; verbose logging off (notes may carry PHI); the Python-backend
stub takes its packages from the `python3` first on PATH, so this environment's `bin/` goes
first (numpy < 2 there, or the backend silently returns empty tensors).
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from medcode import paths
from medcode.client.tls import TlsFiles
from medcode.manifest import verify_repository
from medcode.server.triton_paths import find_triton, prepare_backend_dir

# An installed medcode (a wheel in a venv) has no build/ folder: the site names the backend folder.
BACKENDS_ENV = "MEDCODE_TRITON_BACKENDS"
# The admin key's name: Triton expects it as the gRPC metadata header
# `triton-grpc-protocol-<name>` and, with --http, as the HTTP header `<name>`.
ADMIN_KEY_NAME = "medcode-admin-key"
ADMIN_GRPC_HEADER = f"triton-grpc-protocol-{ADMIN_KEY_NAME}"
# What the admin key guards: everything but health, metadata, model config and inference.
RESTRICTED = ("model-repository", "shared-memory", "trace", "logging", "statistics")
_KEY_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+/")


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
    otel_url: str | None = None  # e.g. http://127.0.0.1:4318/v1/traces
    trace_rate: int = 1
    cache_mb: int = 0
    extra_args: list[str] = field(default_factory=list)
    http: bool = False  # the HTTP/REST endpoint; when on, bound to 127.0.0.1 whatever `host` is
    tls_cert: Path | None = None  # server certificate (PEM): gRPC over TLS
    tls_key: Path | None = None
    tls_ca: Path | None = None  # client CA: only clients with a certificate it signed connect (mTLS)
    admin_key: str | None = None  # restricted protocols behind the admin key (admin_headers)
    # The launcher's own readiness probe (TritonServer.wait_ready): with TLS, the CA of the
    # server's certificate and, for mutual TLS, a client certificate and key.
    probe_tls: TlsFiles | None = None
    # The audit trail (medcode.audit): the `medcode` model appends a record per coded note.
    audit_dir: Path | None = None
    audit_key_file: Path | None = None  # default: <audit_dir>/.site-key, made on first start
    audit_segment_bytes: int | None = None  # rotate and seal a segment at this size (default 64 MiB)
    # Reload a model whose backend stub died (medcode.server.watchdog). Needs the model-control
    # API: without an admin key the launcher makes a one-time key of its own (see with_watchdog_key).
    watchdog: bool = False

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


def admin_headers(key: str) -> dict[str, str]:
    """gRPC headers of an administrator's call (tritonclient's `headers=`)."""
    return {ADMIN_GRPC_HEADER: key}


def with_watchdog_key(cfg: ServerConfig) -> ServerConfig:
    """The watchdog reloads models through the model-control API, which needs explicit model
    control and so, here, an admin key. Without one configured, the launcher makes a random key
    for this start only and tells no one: the management APIs stay locked to everyone else
    (more closed than `--model-control-mode=none`, where statistics, trace and log settings are
    open), and the watchdog can still reload."""
    if not cfg.watchdog or cfg.admin_key is not None:
        return cfg
    return replace(cfg, admin_key=secrets.token_hex(32))


def watchdog_tls(cfg: ServerConfig) -> TlsFiles | None:
    """The TLS files the watchdog connects with, or None when it cannot connect (a TLS server
    and no probe certificate: see ServerConfig.probe_tls)."""
    probe = cfg.probe_tls or TlsFiles()
    if cfg.tls_cert and not (probe.ca and (probe.cert or not cfg.tls_ca)):
        return None
    return probe


def start_watchdog(cfg: ServerConfig, server_pid: int):
    """Start the stub watchdog for a server just launched; None when it is off or cannot connect."""
    if not cfg.watchdog or cfg.admin_key is None:
        return None
    from medcode.server.watchdog import StubWatchdog

    tls = watchdog_tls(cfg)
    if tls is None:
        print(
            "medcode serve: warning: stub watchdog off: a TLS server needs a client certificate for it "
            "(--watchdog-tls-cert/--watchdog-tls-key)",
            file=sys.stderr,
        )
        return None
    dog = StubWatchdog(server_pid, cfg.grpc_url, Path(cfg.model_repository), admin_headers(cfg.admin_key), tls)
    dog.start()
    return dog


def check_admin_key(key: str) -> str:
    key = key.strip()
    if len(key) < 16:
        raise ServerError("the admin key must be at least 16 characters (e.g. `openssl rand -hex 32`)")
    if not set(key) <= _KEY_CHARS:
        raise ServerError("the admin key may hold only letters, digits and - _ . ~ + / (e.g. `openssl rand -hex 32`)")
    return key


def admin_key_args(key: str, http: bool = False) -> list[str]:
    """tritonserver's flags for an admin key: explicit model control (every model loads once at
    start; a load or unload needs the key) and the management APIs restricted to callers that
    send it. Shared by `medcode serve` and `medcode with-admin-key` (the production unit), so
    both lock the same APIs the same way."""
    key = check_admin_key(key)
    args = ["--model-control-mode=explicit", "--load-model=*"]
    args.append(f"--grpc-restricted-protocol={','.join(RESTRICTED)}:{ADMIN_KEY_NAME}={key}")
    if http:
        args.append(f"--http-restricted-api={','.join(RESTRICTED)}:{ADMIN_KEY_NAME}={key}")
    return args


def check_tls(cfg: ServerConfig) -> None:
    if bool(cfg.tls_cert) != bool(cfg.tls_key):
        raise ServerError("TLS needs both --tls-cert and --tls-key")
    if cfg.tls_ca and not cfg.tls_cert:
        raise ServerError("--tls-ca (mutual TLS) needs --tls-cert and --tls-key")
    for what, p in (("server certificate", cfg.tls_cert), ("server key", cfg.tls_key), ("client CA", cfg.tls_ca)):
        if p is None:
            continue
        try:
            head = Path(p).read_bytes()[:4096]
        except OSError as exc:
            raise ServerError(f"cannot read the {what} {p} ({exc.strerror or type(exc).__name__})") from None
        if b"-----BEGIN " not in head:
            raise ServerError(f"the {what} {p} is not a PEM file")


def check_config(cfg: ServerConfig) -> None:
    verify_repository(Path(cfg.model_repository))
    check_tls(cfg)
    if cfg.admin_key is not None:
        check_admin_key(cfg.admin_key)
    if cfg.audit_dir is not None:
        from medcode.audit import AuditError, AuditLog

        try:  # makes the directory and the site key now, so a bad setup stops here
            AuditLog.open(Path(cfg.audit_dir), cfg.audit_key_file)
        except AuditError as exc:
            raise ServerError(str(exc)) from None
    ports = [("gRPC", cfg.host, cfg.grpc_port), ("metrics", cfg.host, cfg.metrics_port)]
    if cfg.http:
        ports.insert(1, ("HTTP", "127.0.0.1", cfg.http_port))
    for name, host, port in ports:
        if not port_is_free(host, port):
            raise ServerError(f"{name} port {host}:{port} is already in use; pick another with --{name.lower()}-port")


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
        f"--metrics-address={cfg.host}",
        f"--metrics-port={cfg.metrics_port}",
        "--allow-metrics=true",
        "--allow-gpu-metrics=false",
        f"--log-verbose={cfg.log_verbose}",
        "--strict-readiness=true",
        "--exit-timeout-secs=30",  # 4 `medcode` stubs can take > 10 s to unload on a busy 2-core host
        "--metrics-config=histogram_latencies=true",
    ]
    if cfg.http:
        cmd += ["--allow-http=true", "--http-address=127.0.0.1", f"--http-port={cfg.http_port}"]
    else:
        cmd.append("--allow-http=false")
    if cfg.tls_cert:
        cmd += [
            "--grpc-use-ssl=true",
            f"--grpc-server-cert={Path(cfg.tls_cert).resolve()}",
            f"--grpc-server-key={Path(cfg.tls_key or '').resolve()}",
        ]
        if cfg.tls_ca:
            cmd += [f"--grpc-root-cert={Path(cfg.tls_ca).resolve()}", "--grpc-use-ssl-mutual=true"]
    if cfg.admin_key is not None:
        cmd += admin_key_args(cfg.admin_key, http=cfg.http)
    else:
        cmd.append("--model-control-mode=none")
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
    from medcode.audit.chain import ENV_DIR, ENV_KEY_FILE, ENV_SEGMENT_BYTES

    for var in (ENV_DIR, ENV_KEY_FILE, ENV_SEGMENT_BYTES):
        env.pop(var, None)  # only what this config says reaches the `medcode` model
    if cfg.audit_dir is not None:
        env[ENV_DIR] = str(Path(cfg.audit_dir).resolve())
        if cfg.audit_key_file:
            env[ENV_KEY_FILE] = str(Path(cfg.audit_key_file).resolve())
        if cfg.audit_segment_bytes:
            env[ENV_SEGMENT_BYTES] = str(cfg.audit_segment_bytes)
    return cmd, env


class TritonServer:
    """A background server for demos, tests and load tests: `with TritonServer(cfg) as s: ...`."""

    def __init__(self, cfg: ServerConfig, log_path: Path | None = None):
        self.cfg = with_watchdog_key(cfg)
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self._log: IO[bytes] | None = None
        self.watchdog = None  # medcode.server.watchdog.StubWatchdog when cfg.watchdog

    def start(self, timeout_s: float = 300.0) -> TritonServer:
        check_config(self.cfg)
        cmd, env = server_command(self.cfg)
        out: int | IO[bytes] = subprocess.DEVNULL
        if self.log_path:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = out = self.log_path.open("wb")
        self.proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.wait_ready(timeout_s)
        self.watchdog = start_watchdog(self.cfg, self.proc.pid)
        return self

    def wait_ready(self, timeout_s: float) -> None:
        import tritonclient.grpc as grpcclient

        probe = self.cfg.probe_tls or TlsFiles()
        if self.cfg.tls_cert and not probe.enabled:
            self.stop()
            raise ServerError("a TLS server needs ServerConfig.probe_tls (CA, and for mutual TLS a client certificate)")
        # gRPC's reconnect backoff grows to 120 s while the models load; capped, readiness is
        # seen within 2 s of it instead of up to a minute later.
        client = grpcclient.InferenceServerClient(
            self.cfg.grpc_url, channel_args=[("grpc.max_reconnect_backoff_ms", 2000)], **probe.grpc_kwargs()
        )
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
        if self.watchdog:
            self.watchdog.stop()
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
    """`medcode serve`: run until SIGTERM/SIGINT, forwarding the signal so Triton drains; with
    `cfg.watchdog`, reload any model whose backend stub dies meanwhile."""
    cfg = with_watchdog_key(cfg)
    check_config(cfg)
    cmd, env = server_command(cfg)
    proc = subprocess.Popen(cmd, env=env)
    dog = start_watchdog(cfg, proc.pid)

    def forward(signum, _frame):
        if dog:
            dog.stop()
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    return proc.wait()
