"""Client-side Prometheus metrics (prometheus-client). Counts and timings only — never text.

Exposed with `start_metrics_server(port)` (loopback by default) next to Triton's own :8002.
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram, start_http_server

REQUESTS = Counter("medcode_client_requests", "Requests sent to a medcode Triton model", ["model"])
FAILURES = Counter("medcode_client_request_failures", "Failed requests by reason", ["model", "reason"])
LATENCY = Histogram(
    "medcode_client_request_latency_seconds",
    "Request latency seen by the client",
    ["model"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
CODES = Counter("medcode_codes", "Codes returned, by decision", ["system", "decision"])
PHI_SPANS = Counter("medcode_phi_spans_removed", "PHI spans removed, by type", ["type"])

# The names as they appear on the metrics page (counters gain `_total`).
METRIC_NAMES = (
    "medcode_client_requests_total",
    "medcode_client_request_failures_total",
    "medcode_client_request_latency_seconds",
    "medcode_codes_total",
    "medcode_phi_spans_removed_total",
)


def record_result(result) -> None:
    """Count a CodingResult's codes (accepted vs review) and removed PHI spans by type."""
    for c in result.codes:
        CODES.labels(system=c.system, decision="accepted" if c.accepted else "review").inc()
    for phi_type, n in result.phi_removed.get("types", {}).items():
        PHI_SPANS.labels(type=phi_type).inc(n)


def start_metrics_server(port: int, addr: str = "127.0.0.1") -> None:
    start_http_server(port, addr=addr)
