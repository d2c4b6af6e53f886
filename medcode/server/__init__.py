"""Locating, checking and running the bundled Triton Inference Server."""
