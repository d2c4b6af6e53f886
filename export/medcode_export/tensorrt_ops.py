"""Static check that an ONNX graph uses only operators TensorRT's ONNX parser supports.

Source of the list: onnx/onnx-tensorrt, `docs/operators.md` for TensorRT 10.x (the parser in
the Triton 24.x/25.x containers), default ONNX domain only. ONNX Runtime's contrib operators
(com.microsoft: Attention, SkipLayerNormalization, ...) are not TensorRT operators, which is why
the graph handed to TensorRT is the plain Optimum export, not an ORT-optimised one.
"""
from __future__ import annotations

TENSORRT_ONNX_OPS = frozenset("""
Abs Acos Acosh Add And ArgMax ArgMin Asin Asinh Atan Atanh AveragePool BatchNormalization Bernoulli
BitShift BlackmanWindow Cast Ceil Celu Clip Concat ConcatFromSequence Constant ConstantOfShape Conv
ConvTranspose Cos Cosh CumSum DeformConv DepthToSpace DequantizeLinear Div Dropout DynamicQuantizeLinear
Einsum Elu Equal Erf Exp Expand EyeLike Flatten Floor Gather GatherElements GatherND Gelu Gemm
GlobalAveragePool GlobalLpPool GlobalMaxPool Greater GreaterOrEqual GridSample GroupNormalization GRU
HammingWindow HannWindow HardSigmoid HardSwish Hardmax Identity If InstanceNormalization IsInf IsNaN
LayerNormalization LeakyRelu Less LessOrEqual Log LogSoftmax Loop LpNormalization LpPool LRN LSTM MatMul
Max MaxPool Mean Min Mish Mod Mul Neg NonMaxSuppression NonZero Not OneHot Or Pad ParametricSoftplus Pow
PRelu QuantizeLinear RandomNormal RandomNormalLike RandomUniform RandomUniformLike Range Reciprocal
ReduceL1 ReduceL2 ReduceLogSum ReduceLogSumExp ReduceMax ReduceMean ReduceMin ReduceProd ReduceSum
ReduceSumSquare Relu Reshape Resize ReverseSequence RNN RoiAlign Round ScaledTanh Scan Scatter
ScatterElements ScatterND Selu Shape Shrink Sigmoid Sign Sin Sinh Size Slice Softmax Softplus Softsign
SpaceToDepth Split Sqrt Squeeze Sub Sum Tan Tanh ThresholdedRelu Tile TopK Transpose Trilu Unsqueeze
Upsample Where Xor
""".split())


def unsupported_ops(model) -> list[str]:
    """Operator types in `model` (an onnx.ModelProto) that the TensorRT parser does not support."""
    bad = set()
    for node in model.graph.node:
        if node.domain not in ("", "ai.onnx") or node.op_type not in TENSORRT_ONNX_OPS:
            bad.add(f"{node.domain or 'ai.onnx'}::{node.op_type}")
    return sorted(bad)
