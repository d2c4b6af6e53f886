"""Observability helpers: a local OTLP/HTTP trace sink (traces to a file, no collector needed)."""
