"""`medcode trace-sink --out FILE`: a local OTLP/HTTP receiver that writes the server's and the
client's trace spans to a JSONL file (no collector needed on an air-gapped host)."""

from __future__ import annotations


def main(argv: list[str]) -> int:
    from medcode.observability.trace_sink import main as run_sink

    return run_sink(argv)
