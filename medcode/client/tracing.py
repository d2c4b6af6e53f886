"""OpenTelemetry for the client: one span per request, W3C trace context sent to Triton as
gRPC metadata (`traceparent`) so the server's spans join the client's trace.

Nothing is exported unless the application configured a TracerProvider (no collector, no
errors). Span attributes carry sizes and counts, never note text.
"""

from __future__ import annotations

from contextlib import contextmanager

from opentelemetry import propagate, trace

_tracer = trace.get_tracer("medcode_client")


@contextmanager
def request_span(model: str, notes: int):
    with _tracer.start_as_current_span(f"medcode_client.infer {model}") as span:
        span.set_attribute("medcode.model", model)
        span.set_attribute("medcode.notes", notes)
        headers: dict[str, str] = {}
        propagate.inject(headers)
        yield span, headers


def configure_otlp(endpoint: str, service_name: str = "medcode-client") -> None:
    """Export the client's spans over OTLP/HTTP (e.g. to `medcode trace-sink` or a collector)."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    trace.set_tracer_provider(provider)
