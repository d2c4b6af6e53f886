"""`medcode serve`: run the bundled tritonserver in the foreground on the CPU profile.

gRPC on --host (default loopback); with --tls-cert/--tls-key over TLS, and with --tls-ca only
for clients presenting a certificate that CA signed (mutual TLS). The HTTP API is off unless
--http, and then on 127.0.0.1 only. --admin-key-file puts Triton's model-repository,
shared-memory, trace, logging and statistics APIs behind the key (header `medcode-admin-key`),
with explicit model control. A watchdog reloads a model whose backend stub died (Triton 2.51 does
not restart one); without --admin-key-file it uses a random key made for this start only, so the
management APIs are locked to everyone else (--no-watchdog: model control `none`, APIs open on
loopback). Over TLS it needs --watchdog-tls-* to connect. --audit-dir keeps a tamper-evident audit trail of every coding
request (check it with `medcode audit verify DIR`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from medcode import paths
from medcode.client.tls import TlsFiles
from medcode.manifest import RepositoryError
from medcode.server.launcher import ServerConfig, ServerError, serve_foreground
from medcode.server.triton_paths import TritonNotFound


def add_server_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    ap.add_argument("--grpc-port", type=int, default=8001)
    ap.add_argument("--http", action="store_true", help="turn on the HTTP/REST API (always on 127.0.0.1)")
    ap.add_argument("--http-port", type=int, default=8000)
    ap.add_argument("--metrics-port", type=int, default=8002)
    ap.add_argument("--model-repository", type=Path, default=paths.model_repository("cpu"))
    ap.add_argument(
        "--log-verbose", type=int, default=0, help="Triton verbose level (default 0; medcode never logs note text)"
    )
    ap.add_argument("--otel-url", help="OpenTelemetry collector (OTLP/HTTP), e.g. http://127.0.0.1:4318/v1/traces")
    ap.add_argument("--cache-mb", type=int, default=0, help="Triton response cache size (0 = off)")
    tls = ap.add_argument_group("TLS and admin key")
    tls.add_argument("--tls-cert", type=Path, help="server certificate (PEM): gRPC over TLS")
    tls.add_argument("--tls-key", type=Path, help="the server certificate's private key (PEM)")
    tls.add_argument("--tls-ca", type=Path, help="client CA (PEM): mutual TLS, only its clients connect")
    tls.add_argument(
        "--admin-key-file",
        type=Path,
        help="file holding the admin key (>= 16 characters) that the management APIs then require",
    )
    dog = ap.add_argument_group("stub watchdog (reloads a model whose backend process died)")
    dog.add_argument("--no-watchdog", action="store_true", help="do not watch the backend stubs")
    dog.add_argument(
        "--watchdog-tls-cert", type=Path, help="with mutual TLS: a client certificate the watchdog connects with"
    )
    dog.add_argument("--watchdog-tls-key", type=Path, help="its private key")
    dog.add_argument(
        "--watchdog-tls-ca", type=Path, help="with TLS: the CA of the server's certificate (default: --tls-ca)"
    )
    audit = ap.add_argument_group("audit trail")
    audit.add_argument(
        "--audit-dir", type=Path, help="append a hash-chained audit record per coded note here (made if missing)"
    )
    audit.add_argument("--audit-key-file", type=Path, help="the site key (hex); default <audit-dir>/.site-key")


def read_admin_key(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ServerError(f"cannot read the admin key file {path} ({type(exc).__name__})") from None


def config_from_args(args) -> ServerConfig:
    return ServerConfig(
        model_repository=args.model_repository,
        host=args.host,
        grpc_port=args.grpc_port,
        http_port=args.http_port,
        metrics_port=args.metrics_port,
        log_verbose=args.log_verbose,
        otel_url=args.otel_url,
        cache_mb=args.cache_mb,
        http=args.http,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        tls_ca=args.tls_ca,
        admin_key=read_admin_key(args.admin_key_file),
        audit_dir=args.audit_dir,
        audit_key_file=args.audit_key_file,
        watchdog=not args.no_watchdog,
        probe_tls=TlsFiles(args.watchdog_tls_ca or args.tls_ca, args.watchdog_tls_cert, args.watchdog_tls_key),
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="medcode serve", description=__doc__)
    add_server_args(ap)
    args = ap.parse_args(argv)
    if args.host not in ("127.0.0.1", "::1", "localhost") and not args.tls_ca:
        print(
            f"medcode serve: warning: gRPC on {args.host} without mutual TLS (--tls-cert/--tls-key/--tls-ca): "
            "any host that reaches the port can code notes",
            file=sys.stderr,
        )
    try:
        return serve_foreground(config_from_args(args))
    except (ServerError, RepositoryError, TritonNotFound) as exc:
        print(f"medcode serve: {exc}", file=sys.stderr)
        return 1
