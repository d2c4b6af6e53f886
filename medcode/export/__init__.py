"""medcode's export pipeline: packaged PyTorch weights → ONNX (Optimum) → int8 / TensorRT →
a Triton model repository with a manifest. See docs/export.md."""
