"""OpenTelemetry: one trace links the client's span and Triton's spans for a request."""

from __future__ import annotations

import time

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from medcode.client import MedcodeClient
from medcode.observability.trace_sink import TraceSink
from tests.conftest import start_server


def test_client_and_server_spans_share_one_trace(tmp_path, example_notes):
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    with TraceSink(tmp_path / "traces.jsonl") as sink:
        server = start_server(tmp_path, otel_url=sink.url)
        try:
            with MedcodeClient(server.cfg.grpc_url, timeout_s=120) as c:
                c.code([example_notes["02_cough_no_pneumonia"]])
            (client_span,) = [s for s in exporter.get_finished_spans() if s.name.startswith("medcode_client")]
            trace_id = format(client_span.context.trace_id, "032x")
            client_id = format(client_span.context.span_id, "016x")
            # Triton exports spans in batches, and the spans of a request's BLS children can come
            # in a batch before the request's own span (the child of the client's): wait for that one
            deadline = time.monotonic() + 90  # a loaded host is slow
            while time.monotonic() < deadline and not any(
                s["trace_id"] == trace_id and s["parent_span_id"] == client_id for s in sink.spans
            ):
                time.sleep(0.5)
        finally:
            server.stop()
    linked = [s for s in sink.spans if s["trace_id"] == trace_id]
    assert linked, f"no server span joined the client's trace ({len(sink.spans)} server spans seen)"
    assert any(s["parent_span_id"] == client_id for s in linked)
    assert {s["service"] for s in linked} == {"medcode-triton"}
    assert trace_id in (tmp_path / "traces.jsonl").read_text()
