"""A minimal local OpenTelemetry sink: receives OTLP/HTTP protobuf trace exports from Triton
(`--trace-config mode=opentelemetry`) and from the client, and appends one JSON line per span
to a file. For air-gapped sites without a collector, and for tests.

Spans carry names, ids, timings and attributes only; medcode never puts note text in them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)


def _json_spans(body: bytes) -> list[dict]:
    """OTLP/HTTP JSON (Triton's exporter sends this): ids are hex strings."""
    data = json.loads(body)
    out = []
    for rs in data.get("resourceSpans", data.get("resource_spans", [])):
        attrs = rs.get("resource", {}).get("attributes", [])
        service = next((a.get("value", {}).get("stringValue", "") for a in attrs if a.get("key") == "service.name"), "")
        for ss in rs.get("scopeSpans", rs.get("scope_spans", [])):
            for sp in ss.get("spans", []):
                out.append(
                    {
                        "service": service,
                        "name": sp.get("name", ""),
                        "trace_id": sp.get("traceId", sp.get("trace_id", "")).lower(),
                        "span_id": sp.get("spanId", sp.get("span_id", "")).lower(),
                        "parent_span_id": sp.get("parentSpanId", sp.get("parent_span_id", "")).lower(),
                        "start_ns": int(sp.get("startTimeUnixNano", 0)),
                        "end_ns": int(sp.get("endTimeUnixNano", 0)),
                    }
                )
    return out


def spans_from_request(body: bytes, content_type: str = "application/x-protobuf") -> list[dict]:
    if "json" in content_type:
        return _json_spans(body)
    req = ExportTraceServiceRequest()
    req.ParseFromString(body)
    out = []
    for rs in req.resource_spans:
        service = next((a.value.string_value for a in rs.resource.attributes if a.key == "service.name"), "")
        for ss in rs.scope_spans:
            for sp in ss.spans:
                out.append(
                    {
                        "service": service,
                        "name": sp.name,
                        "trace_id": sp.trace_id.hex(),
                        "span_id": sp.span_id.hex(),
                        "parent_span_id": sp.parent_span_id.hex(),
                        "start_ns": sp.start_time_unix_nano,
                        "end_ns": sp.end_time_unix_nano,
                    }
                )
    return out


class TraceSink:
    """`with TraceSink(path) as sink: sink.url` — an OTLP/HTTP endpoint on loopback."""

    def __init__(self, path: Path, host: str = "127.0.0.1", port: int = 0):
        self.path = Path(path)
        self.spans: list[dict] = []
        lock = threading.Lock()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self._body()
                try:
                    spans = spans_from_request(body, self.headers.get("Content-Type", ""))
                except Exception:
                    self.send_response(400)
                    self.end_headers()
                    return
                with lock:
                    sink.spans.extend(spans)
                    with sink.path.open("a") as fh:
                        for s in spans:
                            fh.write(json.dumps(s) + "\n")
                json_reply = "json" in self.headers.get("Content-Type", "")
                payload = b"{}" if json_reply else ExportTraceServiceResponse().SerializeToString()
                self.send_response(200)
                self.send_header("Content-Type", "application/json" if json_reply else "application/x-protobuf")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    chunks: list[bytes] = []
                    while True:
                        size = int(self.rfile.readline().strip() or b"0", 16)
                        if size == 0:
                            self.rfile.readline()
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length", 0)))

            def log_message(self, *args):  # silence per-request logging
                return

        self._server = ThreadingHTTPServer((host, port), Handler)
        self.url = f"http://{host}:{self._server.server_address[1]}/v1/traces"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> TraceSink:
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
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0
