"""A minimal local OpenTelemetry sink: receives OTLP/HTTP protobuf trace exports from Triton
(`--trace-config mode=opentelemetry`) and from the client, and appends one JSON line per span
to a file. For air-gapped sites without a collector, and for tests.

Spans carry names, ids, timings and attributes only; medcode never puts note text in them.
"""
from __future__ import annotations

import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (ExportTraceServiceRequest,
                                                                       ExportTraceServiceResponse)


def spans_from_request(body: bytes) -> list[dict]:
    req = ExportTraceServiceRequest()
    req.ParseFromString(body)
    out = []
    for rs in req.resource_spans:
        service = next((a.value.string_value for a in rs.resource.attributes if a.key == "service.name"), "")
        for ss in rs.scope_spans:
            for sp in ss.spans:
                out.append({"service": service, "name": sp.name, "trace_id": sp.trace_id.hex(),
                            "span_id": sp.span_id.hex(), "parent_span_id": sp.parent_span_id.hex(),
                            "start_ns": sp.start_time_unix_nano, "end_ns": sp.end_time_unix_nano})
    return out


class TraceSink:
    """`with TraceSink(path) as sink: sink.url` — an OTLP/HTTP endpoint on loopback."""

    def __init__(self, path: Path, host: str = "127.0.0.1", port: int = 0):
        self.path = Path(path)
        self.spans: list[dict] = []
        lock = threading.Lock()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server API
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    spans = spans_from_request(body)
                except Exception:  # noqa: BLE001 - a bad export must not kill the sink
                    self.send_response(400)
                    self.end_headers()
                    return
                with lock:
                    sink.spans.extend(spans)
                    with sink.path.open("a") as fh:
                        for s in spans:
                            fh.write(json.dumps(s) + "\n")
                payload = ExportTraceServiceResponse().SerializeToString()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):  # silence per-request logging
                return

        self._server = ThreadingHTTPServer((host, port), Handler)
        self.url = f"http://{host}:{self._server.server_address[1]}/v1/traces"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "TraceSink":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="medcode trace-sink", description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("traces.jsonl"))
    ap.add_argument("--port", type=int, default=4318)
    args = ap.parse_args(argv)
    with TraceSink(args.out, port=args.port) as sink:
        print(f"OTLP/HTTP trace sink at {sink.url}, writing {args.out}; Ctrl-C to stop", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0
