"""`medcode demo`: start the embedded CPU server, code the sample notes, print tables, stop."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from medcode import paths
from medcode.client.render import render
from medcode.server.launcher import ServerConfig, TritonServer, free_port


def main(argv: list[str]) -> int:
    from medcode.client import MedcodeClient

    ap = argparse.ArgumentParser(prog="medcode demo", description=__doc__)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--model-repository", type=Path, default=paths.model_repository("cpu"))
    args = ap.parse_args(argv)
    files = args.files or sorted(paths.EXAMPLES.glob("*.txt"))
    cfg = ServerConfig(
        model_repository=args.model_repository, grpc_port=free_port(), http_port=free_port(), metrics_port=free_port()
    )
    log = paths.logs_dir() / "demo-server.log"
    print(f"starting tritonserver (CPU profile, {cfg.grpc_url}; log {log}) ...", flush=True)
    t0 = time.perf_counter()
    with TritonServer(cfg, log_path=log), MedcodeClient(cfg.grpc_url) as client:
        print(f"server ready in {time.perf_counter() - t0:.1f} s; coding {len(files)} note(s) over gRPC\n", flush=True)
        for path in files:
            note = path.read_text(encoding="utf-8")
            sidecar = path.with_suffix(".json")  # patient age/sex for the checks, if given
            options = json.loads(sidecar.read_text()) if sidecar.exists() else None
            (result,) = client.code([note], options)
            print(render(path.name, note, result) + "\n", flush=True)
    print("server stopped")
    return 0
