"""The `medcode` command. Each subcommand is one module under `medcode/commands/`; this file
only routes, and imports a command's module only when that command runs (start-up stays fast).

  medcode serve       run the bundled Triton server (CPU profile, loopback by default)
  medcode code        code note files through a running server
  medcode demo        start a server, code the sample notes, print tables, stop
  medcode export      build a model repository (ONNX, int8, coder, configs, manifest)
  medcode train       train the coder on CodiEsp-format data (or a site's coded notes)
  medcode eval        evaluate: codiesp (coding quality), deid (de-identification), reliability
  medcode loadtest    Locust load tests (day, peak, soak) against the medcode model
  medcode bench       benchmarks and studies (from a checkout's bench/ folder)
  medcode bundle      build the signed offline bundle for air-gapped installs
  medcode trace-sink  a local OTLP/HTTP receiver writing traces to a JSONL file
  medcode audit       verify the audit trail's hash chain, show a request's records
  medcode verify-repo check a model repository against its manifest (every service start)
  medcode with-admin-key  run tritonserver with the admin key read from a file (production unit)
"""

from __future__ import annotations

import importlib
import sys

COMMANDS = (
    "serve",
    "code",
    "demo",
    "export",
    "train",
    "eval",
    "loadtest",
    "bench",
    "bundle",
    "trace-sink",
    "audit",
    "verify-repo",
    "with-admin-key",
)


def module_of(command: str) -> str:
    return "medcode.commands." + command.replace("-", "_")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    doc = (__doc__ or "").strip()
    if not argv or argv[0] in ("-h", "--help"):
        print(doc)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command not in COMMANDS:
        print(f"medcode: unknown command {command!r}\n\n{doc}", file=sys.stderr)
        return 2
    return int(importlib.import_module(module_of(command)).main(rest) or 0)
