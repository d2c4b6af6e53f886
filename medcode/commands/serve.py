"""`medcode serve`: run the bundled tritonserver in the foreground on the CPU profile."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from medcode import paths
from medcode.manifest import RepositoryError
from medcode.server.launcher import ServerConfig, ServerError, serve_foreground
from medcode.server.triton_paths import TritonNotFound


def add_server_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    ap.add_argument("--grpc-port", type=int, default=8001)
    ap.add_argument("--http-port", type=int, default=8000)
    ap.add_argument("--metrics-port", type=int, default=8002)
    ap.add_argument("--model-repository", type=Path, default=paths.model_repository("cpu"))
    ap.add_argument(
        "--log-verbose", type=int, default=0, help="Triton verbose level (default 0; medcode never logs note text)"
    )
    ap.add_argument("--otel-url", help="OpenTelemetry collector (OTLP/HTTP), e.g. http://127.0.0.1:4318/v1/traces")
    ap.add_argument("--cache-mb", type=int, default=0, help="Triton response cache size (0 = off)")


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
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="medcode serve", description=__doc__)
    add_server_args(ap)
    args = ap.parse_args(argv)
    try:
        return serve_foreground(config_from_args(args))
    except (ServerError, RepositoryError, TritonNotFound) as exc:
        print(f"medcode serve: {exc}", file=sys.stderr)
        return 1
