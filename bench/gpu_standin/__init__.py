"""GPU stand-in for the TensorRT encoder: the SAME exported weights run by a plain-PyTorch fp16
BERT inside a Triton Python-backend model on CUDA, so the GPU profile can be measured on a
machine without TensorRT. Labelled a stand-in everywhere its figures are reported."""
