"""Graph surgery on the Optimum export: INT32 inputs and in-graph mean pooling.

Why: TensorRT prefers INT32 index inputs, and pooling inside the graph means every runtime
(ORT on CPU, TensorRT on GPU) returns the same 384-d sentence embedding, so the Python models
never see the (batch, length, 384) hidden states. Only standard ONNX operators are added.
"""

from __future__ import annotations

import onnx
from onnx import TensorProto, helper

from medcode.coding.encoder import EMBEDDING_DIM

EMBEDDING_OUTPUT = "sentence_embedding"
INPUT_NAMES = ("input_ids", "attention_mask")


def add_int32_inputs_and_pooling(model: onnx.ModelProto) -> onnx.ModelProto:
    """Return `model` with INT32 `input_ids`/`attention_mask` (token_type_ids removed and fed
    zeros) and an L2-normalised mean-pooled `sentence_embedding` output."""
    graph = model.graph
    old_inputs = {i.name: i for i in graph.input}
    hidden = graph.output[0].name  # last_hidden_state
    new_nodes = []
    # Rename the original int64 inputs so the graph keeps using them, fed by Casts.
    for name in INPUT_NAMES:
        internal = f"{name}_i64"
        for node in graph.node:
            node.input[:] = [internal if x == name else x for x in node.input]
        new_nodes.append(helper.make_node("Cast", [name], [internal], to=TensorProto.INT64, name=f"cast_{name}"))
    if "token_type_ids" in old_inputs:
        # BERT's token types are all zero for single sentences: derive them from the ids.
        for node in graph.node:
            node.input[:] = ["token_type_ids_i64" if x == "token_type_ids" else x for x in node.input]
        new_nodes.append(
            helper.make_node("Mul", ["input_ids_i64", "zero_i64"], ["token_type_ids_i64"], name="zero_token_types")
        )
        graph.initializer.append(helper.make_tensor("zero_i64", TensorProto.INT64, [], [0]))
    # Mean pooling over valid tokens, then L2 normalisation.
    graph.initializer.extend(
        [
            helper.make_tensor("axes_last", TensorProto.INT64, [1], [-1]),
            helper.make_tensor("axes_seq", TensorProto.INT64, [1], [1]),
            helper.make_tensor("eps", TensorProto.FLOAT, [], [1e-9]),
        ]
    )
    new_nodes_tail = [
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT, name="mask_float"),
        helper.make_node("Unsqueeze", ["mask_f", "axes_last"], ["mask_3d"], name="mask_unsqueeze"),
        helper.make_node("Mul", [hidden, "mask_3d"], ["masked_hidden"], name="mask_hidden"),
        helper.make_node("ReduceSum", ["masked_hidden", "axes_seq"], ["sum_hidden"], keepdims=0, name="sum_hidden"),
        helper.make_node("ReduceSum", ["mask_3d", "axes_seq"], ["count"], keepdims=0, name="count_tokens"),
        helper.make_node("Max", ["count", "eps"], ["count_safe"], name="count_safe"),
        helper.make_node("Div", ["sum_hidden", "count_safe"], ["mean_hidden"], name="mean_pool"),
        helper.make_node("Mul", ["mean_hidden", "mean_hidden"], ["squares"], name="squares"),
        helper.make_node("ReduceSum", ["squares", "axes_last"], ["sum_squares"], keepdims=1, name="sum_squares"),
        helper.make_node("Sqrt", ["sum_squares"], ["norm"], name="l2_norm"),
        helper.make_node("Max", ["norm", "eps"], ["norm_safe"], name="norm_safe"),
        helper.make_node("Div", ["mean_hidden", "norm_safe"], [EMBEDDING_OUTPUT], name="normalise"),
    ]
    nodes = list(new_nodes) + list(graph.node) + new_nodes_tail
    del graph.node[:]
    graph.node.extend(nodes)
    del graph.input[:]
    for name in INPUT_NAMES:
        graph.input.append(helper.make_tensor_value_info(name, TensorProto.INT32, ["batch", "sequence"]))
    del graph.output[:]
    graph.output.append(helper.make_tensor_value_info(EMBEDDING_OUTPUT, TensorProto.FLOAT, ["batch", EMBEDDING_DIM]))
    onnx.checker.check_model(model)
    return model
