"""The `medcode` command. Each subcommand lives in its own module; this file only routes.

  medcode serve       run the bundled Triton server (CPU profile, loopback by default)
  medcode code        code note files through a running server
  medcode demo        start a server, code the sample notes, print tables, stop
  medcode export      build a model repository (ONNX, int8, coder, configs, manifest)
  medcode train       train the coder on CodiEsp-format data (or a site's coded notes)
  medcode eval        evaluate: `eval codiesp` (coding quality), `eval deid` (de-identification)
  medcode loadtest    Locust load tests (day, peak, soak) against the medcode model
  medcode bundle      build the signed offline bundle for air-gapped installs
  medcode trace-sink  a local OTLP/HTTP receiver writing traces to a JSONL file
"""
from __future__ import annotations

import importlib
import sys

ROUTES = {
    "serve": "medcode.commands.serve",
    "code": "medcode.commands.code",
    "demo": "medcode.commands.demo",
    "export": "medcode_export.cli",
    "train": "medcode.coding.train",
    "loadtest": "medcode_loadtests.cli",
    "bundle": "medcode.bundle",
    "trace-sink": "medcode.observability.trace_sink",
}
EVALS = {"codiesp": "medcode.coding.evaluate", "deid": "medcode.deid.evaluate"}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "eval":
        if not rest or rest[0] not in EVALS:
            print(f"usage: medcode eval {{{','.join(EVALS)}}} ...", file=sys.stderr)
            return 2
        module, rest = EVALS[rest[0]], rest[1:]
    elif cmd in ROUTES:
        module = ROUTES[cmd]
    else:
        print(f"medcode: unknown command {cmd!r}\n\n{__doc__.strip()}", file=sys.stderr)
        return 2
    return int(importlib.import_module(module).main(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
